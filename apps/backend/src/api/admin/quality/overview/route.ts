import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../modules/provenance/service"
import { QUALITY_MODULE } from "../../../../modules/quality"
import type QualityModuleService from "../../../../modules/quality/service"
import { WARNING_DAYS } from "../../../../workflows/quality/steps/expiry-steps"
import { blockedBatchesOf } from "../../../../workflows/quality/steps/quality-overview"

const DAY = 24 * 60 * 60 * 1000

type ProductRow = { id: string; title: string; handle: string; status: string }
type Named = { id: string; name?: string; title?: string }

/**
 * What is blocked and why (products that do not meet their standard, batches
 * that may not be sold) and what lapses within the warning window.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const quality: QualityModuleService = req.scope.resolve(QUALITY_MODULE)
  const provenance: ProvenanceModuleService = req.scope.resolve(PROVENANCE_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const soon = new Date(now.getTime() + WARNING_DAYS * DAY)

  const [unmet, certificates, expiring, blocked_batches] = await Promise.all([
    quality.listProductQualities({ standard_met: false }),
    quality.listCertificates(
      { valid_until: { $gte: now, $lte: soon } },
      { order: { valid_until: "ASC" } },
    ),
    provenance.listProductionBatches(
      { status: ["active", "on_hold"], expires_at: { $gt: now, $lte: soon } },
      { order: { expires_at: "ASC" } },
    ),
    blockedBatchesOf(req.scope, now),
  ])

  const productIds = [
    ...new Set([
      ...unmet.map((row) => row.product_id),
      ...certificates.flatMap((c) => (c.product_id ? [c.product_id] : [])),
      ...expiring.map((batch) => batch.product_id),
    ]),
  ]
  const names = async (entity: string, ids: string[], field: "title" | "name") =>
    ids.length
      ? ((await query.graph({ entity, fields: ["id", field], filters: { id: ids } }))
          .data as Named[])
      : []
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "title", "handle", "status"],
        filters: { id: productIds },
      })
    : { data: [] }
  const productById = new Map((products as ProductRow[]).map((p) => [p.id, p]))
  const workshops = await names(
    "workshop",
    certificates.flatMap((c) => (c.workshop_id ? [c.workshop_id] : [])),
    "name",
  )
  const facilities = await names(
    "facility",
    certificates.flatMap((c) => (c.facility_id ? [c.facility_id] : [])),
    "name",
  )

  res.json({
    blocked_products: unmet.flatMap((row) => {
      const product = productById.get(row.product_id)
      return product
        ? [{ ...product, unmet: (row.unmet as { items: unknown[] }).items }]
        : []
    }),
    blocked_batches,
    expiring_certificates: certificates.map((certificate) => {
      const holder = certificate.product_id
        ? {
            type: "product",
            id: certificate.product_id,
            name: productById.get(certificate.product_id)?.title ?? null,
          }
        : certificate.workshop_id
          ? {
              type: "workshop",
              id: certificate.workshop_id,
              name: workshops.find((w) => w.id === certificate.workshop_id)?.name ?? null,
            }
          : {
              type: "facility",
              id: certificate.facility_id,
              name:
                facilities.find((f) => f.id === certificate.facility_id)?.name ?? null,
            }
      return {
        id: certificate.id,
        type: certificate.type,
        number: certificate.number,
        valid_until: certificate.valid_until,
        holder,
      }
    }),
    expiring_batches: expiring.map((batch) => ({
      id: batch.id,
      code: batch.code,
      expires_at: batch.expires_at,
      product_title: productById.get(batch.product_id)?.title ?? null,
    })),
  })
}
