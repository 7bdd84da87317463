import { useFacilityOptions, useWorkshopOptions } from "../../lib/queries"
import { useProductTitles } from "../../lib/quality-queries"
import type { Certificate, Holder } from "../../lib/quality-types"

/**
 * Names each certificate's holder. The certificate list answers with holder
 * ids only, so products are looked up by id and workshops and facilities come
 * from the option lists the forms load anyway.
 */
export function useHolderNames(certificates: Certificate[] | undefined) {
  const productIds = [
    ...new Set((certificates ?? []).flatMap((c) => (c.product_id ? [c.product_id] : []))),
  ]
  const products = useProductTitles(productIds)
  const workshops = useWorkshopOptions()
  const facilities = useFacilityOptions()

  return (certificate: Certificate): Holder => {
    if (certificate.product_id) {
      const id = certificate.product_id
      const name = products.data?.products.find((p) => p.id === id)?.title
      return { type: "product", id, name: name ?? id }
    }
    if (certificate.workshop_id) {
      const id = certificate.workshop_id
      const name = workshops.data?.workshops.find((w) => w.id === id)?.name
      return { type: "workshop", id, name: name ?? id }
    }
    const id = certificate.facility_id ?? ""
    const name = facilities.data?.facilities.find((f) => f.id === id)?.name
    return { type: "facility", id, name: name ?? id }
  }
}
