import type { HttpTypes } from "@medusajs/types"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"

import { retrieveCustomer } from "@/lib/data/customer"
import { partnerStatusOrNone } from "@/lib/data/partner"
import { accountProvinces } from "@/modules/account/provinces"
import { emptyApplication } from "@/modules/partner/util/application-form"
import { PartnerApplicationTemplate } from "@/modules/partner/templates/partner-application-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "partner.meta" })
  return { title: t("apply"), description: t("applyDescription") }
}

/** The login only fills in the form; the page stands without it. */
async function customerOrNone(): Promise<HttpTypes.StoreCustomer | null> {
  try {
    return await retrieveCustomer()
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] reading the customer for the partner page failed:", error)
    return null
  }
}

export default async function PartnerApplicationPage() {
  const [customer, provinces, status] = await Promise.all([
    customerOrNone(),
    accountProvinces(),
    partnerStatusOrNone(),
  ])
  const initial = {
    ...emptyApplication(),
    contact_name: [customer?.first_name, customer?.last_name].filter(Boolean).join(" "),
    email: customer?.email ?? "",
    phone: customer?.phone ?? "",
  }
  return (
    <PartnerApplicationTemplate
      initial={initial}
      provinces={provinces}
      loggedIn={customer !== null}
      status={status}
    />
  )
}
