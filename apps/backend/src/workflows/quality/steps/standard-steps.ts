import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUALITY_MODULE } from "../../../modules/quality"
import type { CertificateRequirement } from "../../../modules/quality/evaluate"
import type { PRODUCT_TYPES } from "../../../modules/quality/models/quality-standard"
import type QualityModuleService from "../../../modules/quality/service"

export type StandardData = {
  code: string
  name: string
  product_type: (typeof PRODUCT_TYPES)[number]
  category_handles: string[]
  certificate_requirements: { requirements: CertificateRequirement[] }
  label_fields: string[]
  checklist: { items: { key: string; label: string }[] }
  requires_inspection: boolean
}

export const createStandardsStep = createStep(
  "create-quality-standards",
  async (standards: StandardData[], { container }) => {
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    const created = await quality.createQualityStandards(standards)
    return new StepResponse(
      created,
      created.map((standard) => standard.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
      await quality.deleteQualityStandards(ids)
    }
  },
)

export type StandardChange = { id: string; data: Partial<Omit<StandardData, "code">> }

/** Updates a standard; the compensation restores the fields it changed. */
export const updateStandardStep = createStep(
  "update-quality-standard",
  async ({ id, data }: StandardChange, { container }) => {
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    const [previous] = await quality.listQualityStandards({ id })
    if (!previous) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Quality standard with id "${id}" was not found`,
      )
    }
    const updated = await quality.updateQualityStandards({ id, ...data })
    const fields = Object.keys(data) as (keyof typeof data)[]
    const before = Object.fromEntries(fields.map((field) => [field, previous[field]]))
    return new StepResponse(
      {
        updated,
        category_handles: [
          ...previous.category_handles,
          ...(data.category_handles ?? []),
        ],
      },
      { id, before },
    )
  },
  async (undo, { container }) => {
    if (undo) {
      const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
      await quality.updateQualityStandards({ id: undo.id, ...undo.before })
    }
  },
)

/** The products in the given categories: the ones a standard governs. */
export const productsInCategoriesStep = createStep(
  "products-in-categories",
  async (handles: string[], { container }) => {
    if (!handles.length) {
      return new StepResponse<string[]>([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["id", "products.id"],
      filters: { handle: handles },
    })
    return new StepResponse([
      ...new Set(
        (data as { products?: { id: string }[] }[]).flatMap((category) =>
          (category.products ?? []).map((product) => product.id),
        ),
      ),
    ])
  },
)

/** Removes a standard (softly, so the compensation can bring it back). */
export const deleteStandardStep = createStep(
  "delete-quality-standard",
  async (id: string, { container }) => {
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    const [standard] = await quality.listQualityStandards({ id })
    if (!standard) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Quality standard with id "${id}" was not found`,
      )
    }
    await quality.softDeleteQualityStandards([id])
    return new StepResponse(standard.category_handles as string[], id)
  },
  async (id, { container }) => {
    if (id) {
      const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
      await quality.restoreQualityStandards([id])
    }
  },
)
