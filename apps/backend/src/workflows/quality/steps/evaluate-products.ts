import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { QUALITY_MODULE } from "../../../modules/quality"
import {
  latestInspection,
  unmetRequirements,
  type BatchFacts,
  type CertificateFacts,
  type StandardFacts,
  type Unmet,
} from "../../../modules/quality/evaluate"
import type QualityModuleService from "../../../modules/quality/service"
import { judgeBatches } from "./judge-batches"

type ProductRow = {
  id: string
  title: string
  handle: string
  status: string
  material: string | null
  length: number | null
  width: number | null
  height: number | null
  metadata: Record<string, unknown> | null
  categories?: { handle: string }[] | null
  workshop?: { id: string; facility?: { id: string } | null } | null
}

export type HolderType = "product" | "workshop" | "facility"

export type ProductQualityEvaluation = {
  product_id: string
  title: string
  handle: string
  status: string
  standard: { code: string; name: string } | null
  checklist: { key: string; label: string }[] | null
  standard_met: boolean
  unmet: Unmet[]
  certificates: (CertificateFacts & { holder_type: HolderType })[]
  batches: (BatchFacts & {
    code: string
    variant_id: string
    quantity: number
    sellable: boolean
    reason: string | null
  })[]
  last_inspection: { passed: boolean; inspected_at: Date | string } | null
}

/**
 * What a product states on its label: its own attributes, its metadata, and
 * "dimensions" when length, width and height are all given.
 */
function labelFacts(product: ProductRow): Record<string, unknown> {
  const { length, width, height } = product
  return {
    ...(product.metadata ?? {}),
    material: product.material ?? product.metadata?.material,
    dimensions:
      length && width && height
        ? `${length} x ${width} x ${height}`
        : product.metadata?.dimensions,
  }
}

/** Gathers every fact the standard judges and judges each product, as of `now`. */
export async function evaluateProducts(
  container: MedusaContainer,
  productIds: string[],
  now: Date,
): Promise<ProductQualityEvaluation[]> {
  if (!productIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)

  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "status",
      "material",
      "length",
      "width",
      "height",
      "metadata",
      "categories.handle",
      "workshop.id",
      "workshop.facility.id",
    ],
    filters: { id: productIds },
  })
  const products = data as ProductRow[]
  const standards = await quality.listQualityStandards({})
  const workshopIds = [
    ...new Set(products.flatMap((p) => (p.workshop ? [p.workshop.id] : []))),
  ]
  const facilityIds = [
    ...new Set(
      products.flatMap((p) => (p.workshop?.facility ? [p.workshop.facility.id] : [])),
    ),
  ]
  const certificates = await quality.listCertificates({
    $or: [
      { product_id: productIds },
      ...(workshopIds.length ? [{ workshop_id: workshopIds }] : []),
      ...(facilityIds.length ? [{ facility_id: facilityIds }] : []),
    ],
  })
  const batches = await provenance.listProductionBatches({ product_id: productIds })
  const verdicts = await judgeBatches(container, batches, now)

  return products.map((product) => {
    const handles = (product.categories ?? []).map((category) => category.handle)
    const standard = standards.find((s) =>
      (s.category_handles as string[]).some((handle) => handles.includes(handle)),
    )
    const held = certificates.flatMap((certificate) => {
      const holder: HolderType | null =
        certificate.product_id === product.id
          ? "product"
          : certificate.workshop_id && certificate.workshop_id === product.workshop?.id
            ? "workshop"
            : certificate.facility_id &&
                certificate.facility_id === product.workshop?.facility?.id
              ? "facility"
              : null
      return holder ? [{ ...(certificate as CertificateFacts), holder_type: holder }] : []
    })
    const productBatches = batches
      .filter((batch) => batch.product_id === product.id)
      .map((batch) => {
        const { inspections, ...verdict } = verdicts.get(batch.id)!
        return {
          id: batch.id,
          status: batch.status,
          expires_at: batch.expires_at,
          inspections,
          code: batch.code,
          variant_id: batch.variant_id,
          quantity: batch.quantity,
          sellable: verdict.sellable,
          reason: verdict.reason,
        }
      })
    const standardFacts = standard
      ? ({
          code: standard.code,
          name: standard.name,
          certificate_requirements: standard.certificate_requirements,
          label_fields: standard.label_fields,
          requires_inspection: standard.requires_inspection,
        } as StandardFacts)
      : null
    const unmet = unmetRequirements({
      standard: standardFacts,
      label_facts: labelFacts(product),
      certificates: held,
      batches: productBatches,
      now,
    })
    return {
      product_id: product.id,
      title: product.title,
      handle: product.handle,
      status: product.status,
      standard: standard ? { code: standard.code, name: standard.name } : null,
      checklist: standard
        ? ((standard.checklist as { items: { key: string; label: string }[] }).items ??
          [])
        : null,
      standard_met: unmet.length === 0,
      unmet,
      certificates: held,
      batches: productBatches,
      last_inspection: latestInspection(
        productBatches.flatMap((batch) => batch.inspections),
      ),
    }
  })
}

export const evaluateProductsStep = createStep(
  "evaluate-products",
  async (input: { product_ids: string[]; now?: Date | string }, { container }) => {
    const now = input.now ? new Date(input.now) : new Date()
    return new StepResponse(await evaluateProducts(container, input.product_ids, now))
  },
)
