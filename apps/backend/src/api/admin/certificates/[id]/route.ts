import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { QUALITY_MODULE } from "../../../../modules/quality"
import type QualityModuleService from "../../../../modules/quality/service"
import {
  deleteCertificateWorkflow,
  updateCertificateWorkflow,
} from "../../../../workflows/quality/workflows/certificates"
import type { AdminUpdateCertificateType } from "../validators"

async function retrieveCertificate(req: MedusaRequest) {
  const quality: QualityModuleService = req.scope.resolve(QUALITY_MODULE)
  const [certificate] = await quality.listCertificates({ id: req.params.id })
  if (!certificate) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Certificate with id "${req.params.id}" was not found`,
    )
  }
  return certificate
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ certificate: await retrieveCertificate(req) })
}

export async function POST(
  req: MedusaRequest<AdminUpdateCertificateType>,
  res: MedusaResponse,
) {
  await updateCertificateWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  res.json({ certificate: await retrieveCertificate(req) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await deleteCertificateWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "certificate", deleted: true })
}
