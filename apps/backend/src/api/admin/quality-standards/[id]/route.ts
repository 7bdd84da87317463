import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { QUALITY_MODULE } from "../../../../modules/quality"
import type QualityModuleService from "../../../../modules/quality/service"
import {
  deleteQualityStandardWorkflow,
  updateQualityStandardWorkflow,
} from "../../../../workflows/quality/workflows/standards"
import type { AdminUpdateStandardType } from "../validators"

async function retrieveStandard(req: MedusaRequest) {
  const quality: QualityModuleService = req.scope.resolve(QUALITY_MODULE)
  const [standard] = await quality.listQualityStandards({ id: req.params.id })
  if (!standard) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Quality standard with id "${req.params.id}" was not found`,
    )
  }
  return standard
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ quality_standard: await retrieveStandard(req) })
}

export async function POST(
  req: MedusaRequest<AdminUpdateStandardType>,
  res: MedusaResponse,
) {
  await updateQualityStandardWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  res.json({ quality_standard: await retrieveStandard(req) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await deleteQualityStandardWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "quality_standard", deleted: true })
}
