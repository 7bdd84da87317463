import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { QUALITY_MODULE } from "../../../modules/quality"
import type QualityModuleService from "../../../modules/quality/service"
import { createCertificatesWorkflow } from "../../../workflows/quality/workflows/certificates"
import type {
  AdminCreateCertificateType,
  AdminListCertificatesParamsType,
} from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const quality: QualityModuleService = req.scope.resolve(QUALITY_MODULE)
  const { limit, offset, ...filters } =
    req.validatedQuery as AdminListCertificatesParamsType
  const [certificates, count] = await quality.listAndCountCertificates(
    Object.fromEntries(
      Object.entries(filters).filter(([, value]) => value !== undefined),
    ),
    { skip: offset, take: limit, order: { valid_until: "ASC" } },
  )
  res.json({ certificates, count, limit, offset })
}

export async function POST(
  req: MedusaRequest<AdminCreateCertificateType>,
  res: MedusaResponse,
) {
  const { result } = await createCertificatesWorkflow(req.scope).run({
    input: { certificates: [req.validatedBody] },
  })
  res.status(201).json({ certificate: result[0] })
}
