/**
 * The demo catalog's quality: the three standards, the products' label facts
 * and certificates, a passed inspection of every batch, and the exceptions
 * staff should see (a failed inspection, a recalled batch, a certificate about
 * to lapse). Idempotent like the rest of the seed.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE } from "../modules/provenance"
import type ProvenanceModuleService from "../modules/provenance/service"
import { QUALITY_MODULE } from "../modules/quality"
import type QualityModuleService from "../modules/quality/service"
import { createCertificatesWorkflow } from "../workflows/quality/workflows/certificates"
import { recallBatchWorkflow } from "../workflows/quality/workflows/recall-batch"
import { recordInspectionsWorkflow } from "../workflows/quality/workflows/record-inspections"
import { createQualityStandardsWorkflow } from "../workflows/quality/workflows/standards"
import {
  DEMO_QUALITY_EXCEPTIONS,
  DEMO_RECALL_REASON,
  LABEL_FACTS,
  PRODUCT_CERTIFICATES,
  PRODUCTS,
  QUALITY_STANDARDS,
} from "./seed-data"

type Log = (message: string) => void

/** Products the seed creates wait as drafts, marked, until their quality is in place. */
export const PENDING_PUBLISH = "demo_seed_pending_publish"

type ProductRow = {
  id: string
  handle: string
  status: string
  metadata: Record<string, unknown> | null
}

const DAY = 24 * 60 * 60 * 1000

/**
 * The demo certificates are written as of this day. Seeding later moves their
 * dates along, so the demo never lapses on its own: what was valid stays
 * valid, and what was due within 30 days stays due within 30 days.
 */
const CERTIFICATES_AS_OF = Date.parse("2026-11-29T00:00:00.000Z")

function shifted(date: string | null, by: number): Date | null {
  return date ? new Date(Date.parse(date) + by) : null
}

export async function ensureQuality(
  container: MedusaContainer,
  inspectorId: string,
  log: Log,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)

  const existingStandards = await quality.listQualityStandards({})
  const missingStandards = QUALITY_STANDARDS.filter(
    (standard) => !existingStandards.some((s) => s.code === standard.code),
  )
  if (missingStandards.length) {
    await createQualityStandardsWorkflow(container).run({
      input: { standards: missingStandards },
    })
    log(`Created ${missingStandards.length} quality standards`)
  }

  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "status", "metadata"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  const products = data as ProductRow[]
  const byHandle = new Map(products.map((product) => [product.handle, product]))

  const held = await quality.listCertificates(
    { product_id: products.map((product) => product.id) },
    { select: ["product_id", "number"] },
  )
  const shift = Math.max(0, Math.floor((Date.now() - CERTIFICATES_AS_OF) / DAY)) * DAY
  const certificates = Object.entries(PRODUCT_CERTIFICATES).flatMap(([handle, list]) => {
    const product = byHandle.get(handle)
    return product
      ? list
          .filter(
            (c) =>
              !held.some((h) => h.product_id === product.id && h.number === c.number),
          )
          .map((certificate) => ({
            ...certificate,
            valid_from: shifted(certificate.valid_from, shift)!,
            valid_until: shifted(certificate.valid_until, shift),
            product_id: product.id,
          }))
      : []
  })
  if (certificates.length) {
    await createCertificatesWorkflow(container).run({ input: { certificates } })
    log(`Created ${certificates.length} certificates`)
  }

  await inspectBatches(container, provenance, quality, inspectorId, log)

  // Label facts and publishing in one write per product: the publish gate
  // judges each product with its facts in place.
  const updates = products.flatMap((product) => {
    const pending = Boolean(product.metadata?.[PENDING_PUBLISH])
    const facts = LABEL_FACTS[product.handle] ?? {}
    const labelled = Object.entries(facts).every(
      ([key, value]) => product.metadata?.[key] === value,
    )
    if (!pending && labelled) {
      return []
    }
    const { [PENDING_PUBLISH]: _pending, ...metadata } = { ...product.metadata, ...facts }
    return [
      {
        id: product.id,
        metadata,
        ...(pending ? { status: ProductStatus.PUBLISHED } : {}),
      },
    ]
  })
  // An update merges metadata into what is stored, so a write that leaves the
  // mark out keeps it, and every product page would tell the public the product
  // still waits. Marked products are emptied first, as drafts, so the publish
  // gate judges them only once their facts are back.
  const marked = products.filter((product) => product.metadata?.[PENDING_PUBLISH])
  if (marked.length) {
    await updateProductsWorkflow(container).run({
      input: {
        selector: { id: marked.map((product) => product.id) },
        update: { metadata: null, status: ProductStatus.DRAFT },
      },
    })
  }
  if (updates.length) {
    await updateProductsWorkflow(container).run({ input: { products: updates } })
    log(`Labelled ${updates.length} products; those waiting are published`)
  }
}

/**
 * Every batch gets a passed inspection the day after production, except the
 * demo exceptions: the older batch of one variant fails, that of another is
 * recalled.
 */
async function inspectBatches(
  container: MedusaContainer,
  provenance: ProvenanceModuleService,
  quality: QualityModuleService,
  inspectorId: string,
  log: Log,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: {
      sku: [
        DEMO_QUALITY_EXCEPTIONS.failed_inspection_sku,
        DEMO_QUALITY_EXCEPTIONS.recalled_sku,
      ],
    },
  })
  const variantOf = (sku: string) => variants.find((variant) => variant.sku === sku)?.id
  const batches = await provenance.listProductionBatches(
    {},
    { order: { produced_at: "ASC" } },
  )
  const inspected = new Set(
    (await quality.listQcInspections({ batch_id: batches.map((b) => b.id) })).map(
      (inspection) => inspection.batch_id,
    ),
  )
  const oldestOf = (variantId: string | undefined) =>
    batches.find((batch) => batch.variant_id === variantId)?.id
  const failing = oldestOf(variantOf(DEMO_QUALITY_EXCEPTIONS.failed_inspection_sku))
  const recalling = oldestOf(variantOf(DEMO_QUALITY_EXCEPTIONS.recalled_sku))

  const todo = batches.filter((batch) => !inspected.has(batch.id))
  const { data: products } = todo.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "categories.handle"],
        filters: { id: [...new Set(todo.map((batch) => batch.product_id))] },
      })
    : { data: [] }
  const standards = await quality.listQualityStandards({})
  const checklistOf = (productId: string) => {
    const handles = (
      (products.find((p) => p.id === productId)?.categories ?? []) as { handle: string }[]
    ).map((category) => category.handle)
    const standard = standards.find((s) =>
      (s.category_handles as string[]).some((handle) => handles.includes(handle)),
    )
    return standard ? (standard.checklist as { items: { key: string }[] }).items : null
  }
  const inspections = todo.flatMap((batch) => {
    const items = checklistOf(batch.product_id)
    if (!items) {
      return []
    }
    const fails = batch.id === failing
    return [
      {
        batch_id: batch.id,
        inspector_id: inspectorId,
        inspected_at: new Date(new Date(batch.produced_at).getTime() + DAY),
        results: items.map((item, index) => ({
          key: item.key,
          passed: !(fails && index === 0),
          note: fails && index === 0 ? "Beberapa kemasan tidak tersegel rapat" : null,
        })),
        notes: fails ? "Batch ditahan: kemasan tidak lolos uji segel" : null,
      },
    ]
  })
  if (inspections.length) {
    await recordInspectionsWorkflow(container).run({ input: { inspections } })
    log(`Recorded ${inspections.length} batch inspections`)
  }
  const recalled = batches.find((batch) => batch.id === recalling)
  if (recalled && recalled.status !== "recalled") {
    await recallBatchWorkflow(container).run({
      input: { batch_id: recalled.id, reason: DEMO_RECALL_REASON },
    })
    log(`Recalled demo batch ${recalled.code}`)
  }
}
