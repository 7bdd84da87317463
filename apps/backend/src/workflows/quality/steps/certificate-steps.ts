import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUALITY_MODULE } from "../../../modules/quality"
import { certificateProblems } from "../../../modules/quality/certificate-rules"
import type { CertificateType } from "../../../modules/quality/evaluate"
import type QualityModuleService from "../../../modules/quality/service"

export type CertificateData = {
  type: CertificateType
  number: string
  issuer: string
  valid_from: Date | string
  valid_until?: Date | string | null
  document_url?: string | null
  notes?: string | null
  product_id?: string | null
  workshop_id?: string | null
  facility_id?: string | null
}

type Holder = Pick<CertificateData, "product_id" | "workshop_id" | "facility_id">

function assertValid(certificate: CertificateData): void {
  const problems = certificateProblems({
    type: certificate.type,
    number: certificate.number,
    valid_from: new Date(certificate.valid_from),
    valid_until: certificate.valid_until ? new Date(certificate.valid_until) : null,
    notes: certificate.notes,
  })
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      problems.map((problem) => problem.message).join("; "),
    )
  }
}

/** The products a certificate speaks for: its product, or every product of its workshop or facility. */
export async function productsOfHolder(
  container: MedusaContainer,
  holder: Holder,
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [entity, id, field] = holder.product_id
    ? ["product", holder.product_id, "id"]
    : holder.workshop_id
      ? ["workshop", holder.workshop_id, "products.id"]
      : ["facility", holder.facility_id!, "workshops.products.id"]
  const { data } = await query.graph({ entity, fields: ["id", field], filters: { id } })
  if (!data.length) {
    const name = entity === "product" ? "product_id" : `${entity}_id`
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name}: ${entity} "${id}" was not found`,
    )
  }
  const row = data[0] as {
    id: string
    products?: { id: string }[]
    workshops?: { products?: { id: string }[] }[]
  }
  if (entity === "product") {
    return [row.id]
  }
  if (entity === "workshop") {
    return (row.products ?? []).map((product) => product.id)
  }
  return (row.workshops ?? []).flatMap((w) => (w.products ?? []).map((p) => p.id))
}

/** Checks formats and holders; returns the products whose quality must be re-judged. */
export const validateCertificatesStep = createStep(
  "validate-certificates",
  async (certificates: CertificateData[], { container }) => {
    const productIds = new Set<string>()
    for (const certificate of certificates) {
      assertValid(certificate)
      for (const id of await productsOfHolder(container, certificate)) {
        productIds.add(id)
      }
    }
    return new StepResponse([...productIds])
  },
)

export const createCertificatesStep = createStep(
  "create-certificates",
  async (certificates: CertificateData[], { container }) => {
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    const created = await quality.createCertificates(
      certificates.map((certificate) => ({
        ...certificate,
        valid_from: new Date(certificate.valid_from),
        valid_until: certificate.valid_until ? new Date(certificate.valid_until) : null,
      })),
    )
    return new StepResponse(
      created,
      created.map((certificate) => certificate.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
      await quality.deleteCertificates(ids)
    }
  },
)

export type CertificateChange = {
  id: string
  data: Partial<
    Pick<
      CertificateData,
      "number" | "issuer" | "valid_from" | "valid_until" | "document_url" | "notes"
    >
  >
}

/**
 * Applies a change after checking the certificate as it would be; returns the
 * products to re-judge. The compensation writes the old values back.
 */
export const updateCertificateStep = createStep(
  "update-certificate",
  async ({ id, data }: CertificateChange, { container }) => {
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    const [previous] = await quality.listCertificates({ id })
    if (!previous) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Certificate with id "${id}" was not found`,
      )
    }
    assertValid({ ...(previous as CertificateData), ...data })
    const { valid_from, valid_until, ...rest } = data
    await quality.updateCertificates({
      id,
      ...rest,
      ...(valid_from ? { valid_from: new Date(valid_from) } : {}),
      ...(valid_until !== undefined
        ? { valid_until: valid_until ? new Date(valid_until) : null }
        : {}),
    })
    const fields = Object.keys(data) as (keyof typeof data)[]
    const before = Object.fromEntries(fields.map((field) => [field, previous[field]]))
    return new StepResponse(await productsOfHolder(container, previous), { id, before })
  },
  async (undo, { container }) => {
    if (undo) {
      const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
      await quality.updateCertificates({ id: undo.id, ...undo.before })
    }
  },
)

/** Removes a certificate (softly, so the compensation can bring it back). */
export const deleteCertificateStep = createStep(
  "delete-certificate",
  async (id: string, { container }) => {
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    const [certificate] = await quality.listCertificates({ id })
    if (!certificate) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Certificate with id "${id}" was not found`,
      )
    }
    await quality.softDeleteCertificates([id])
    return new StepResponse(await productsOfHolder(container, certificate), id)
  },
  async (id, { container }) => {
    if (id) {
      const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
      await quality.restoreCertificates([id])
    }
  },
)
