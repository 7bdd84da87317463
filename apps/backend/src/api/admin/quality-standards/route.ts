import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { QUALITY_MODULE } from "../../../modules/quality"
import type QualityModuleService from "../../../modules/quality/service"
import { createQualityStandardsWorkflow } from "../../../workflows/quality/workflows/standards"
import type { AdminCreateStandardType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const quality: QualityModuleService = req.scope.resolve(QUALITY_MODULE)
  const [quality_standards, count] = await quality.listAndCountQualityStandards(
    {},
    { order: { code: "ASC" } },
  )
  res.json({ quality_standards, count })
}

export async function POST(
  req: MedusaRequest<AdminCreateStandardType>,
  res: MedusaResponse,
) {
  const { result } = await createQualityStandardsWorkflow(req.scope).run({
    input: { standards: [req.validatedBody] },
  })
  res.status(201).json({ quality_standard: result[0] })
}
