import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { QUALITY_MODULE } from "../../../modules/quality"
import type QualityModuleService from "../../../modules/quality/service"
import { productsOfHolder } from "./certificate-steps"
import { evaluateProducts } from "./evaluate-products"

export const WARNING_DAYS = 30
const DAY = 24 * 60 * 60 * 1000

export type ExpiryWork = {
  expired_batch_ids: string[]
  unpublish_product_ids: string[]
  product_ids: string[]
  warnings: { certificates: string[]; batches: string[] }
}

/**
 * What the expiry watch must do as of `now`: batches past expiry to block,
 * published products whose certificate lapsed to take off sale, and what
 * lapses within 30 days to warn staff about.
 */
export const findExpiryWorkStep = createStep(
  "find-expiry-work",
  async ({ now }: { now: Date | string }, { container }) => {
    const at = new Date(now)
    const soon = new Date(at.getTime() + WARNING_DAYS * DAY)
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)

    const expiring = await provenance.listProductionBatches({
      status: ["active", "on_hold"],
      expires_at: { $lte: soon },
    })
    const expired = expiring.filter((batch) => new Date(batch.expires_at!) <= at)
    const lapsing = await quality.listCertificates({ valid_until: { $lte: soon } })
    const lapsed = lapsing.filter(
      (certificate) => new Date(certificate.valid_until!) < at,
    )

    const productIds = new Set(expired.map((batch) => batch.product_id))
    for (const certificate of lapsed) {
      for (const id of await productsOfHolder(container, certificate)) {
        productIds.add(id)
      }
    }
    const evaluations = await evaluateProducts(container, [...productIds], at)
    const unpublish = evaluations.filter(
      (evaluation) =>
        evaluation.status === ProductStatus.PUBLISHED &&
        evaluation.unmet.some((unmet) => unmet.code === "certificate_expired"),
    )
    return new StepResponse<ExpiryWork>({
      expired_batch_ids: expired.map((batch) => batch.id),
      unpublish_product_ids: unpublish.map((evaluation) => evaluation.product_id),
      product_ids: [...productIds],
      warnings: {
        certificates: lapsing
          .filter((certificate) => new Date(certificate.valid_until!) >= at)
          .map(
            (certificate) =>
              `${certificate.type.toUpperCase()} ${certificate.number} (${new Date(certificate.valid_until!).toISOString().slice(0, 10)})`,
          ),
        batches: expiring
          .filter((batch) => new Date(batch.expires_at!) > at)
          .map(
            (batch) =>
              `${batch.code} (${new Date(batch.expires_at!).toISOString().slice(0, 10)})`,
          ),
      },
    })
  },
)

/** Marks batches expired; the compensation gives them back their previous status. */
export const expireBatchesStep = createStep(
  "expire-batches",
  async (ids: string[], { container }) => {
    if (!ids.length) {
      return new StepResponse([], [])
    }
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const before = await provenance.listProductionBatches(
      { id: ids },
      { select: ["id", "status"] },
    )
    await provenance.updateProductionBatches(
      ids.map((id) => ({ id, status: "expired" as const })),
    )
    return new StepResponse(
      ids,
      before.map((batch) => ({ id: batch.id, status: batch.status })),
    )
  },
  async (before, { container }) => {
    if (before?.length) {
      const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
      await provenance.updateProductionBatches(before)
    }
  },
)

/** One admin notification per run when something lapses within the warning window. */
export const warnStaffStep = createStep(
  "warn-staff-of-expiry",
  async (warnings: ExpiryWork["warnings"], { container }) => {
    if (!warnings.certificates.length && !warnings.batches.length) {
      return new StepResponse(null)
    }
    const notifications = container.resolve(Modules.NOTIFICATION)
    const lines = [
      ...warnings.certificates.map((line) => `Sertifikat ${line}`),
      ...warnings.batches.map((line) => `Batch ${line}`),
    ]
    const [notification] = await notifications.createNotifications([
      {
        to: "",
        channel: "feed",
        template: "admin-ui",
        data: {
          title: `Mutu: ${warnings.certificates.length} sertifikat dan ${warnings.batches.length} batch kedaluwarsa dalam ${WARNING_DAYS} hari`,
          description: lines.join(", "),
        },
      },
    ])
    return new StepResponse(notification ?? null)
  },
)
