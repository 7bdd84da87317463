import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCertificatesStep,
  deleteCertificateStep,
  updateCertificateStep,
  validateCertificatesStep,
  type CertificateChange,
  type CertificateData,
} from "../steps/certificate-steps"
import { refreshProductQualityWorkflow } from "./refresh-product-quality"

/** Records certificates and re-judges the products they speak for. */
export const createCertificatesWorkflow = createWorkflow(
  "create-certificates",
  (input: { certificates: CertificateData[] }) => {
    const productIds = validateCertificatesStep(input.certificates)
    const certificates = createCertificatesStep(input.certificates)
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(certificates)
  },
)

export const updateCertificateWorkflow = createWorkflow(
  "update-certificate",
  (input: CertificateChange) => {
    const productIds = updateCertificateStep(input)
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(input.id)
  },
)

export const deleteCertificateWorkflow = createWorkflow(
  "delete-certificate",
  (input: { id: string }) => {
    const productIds = deleteCertificateStep(input.id)
    refreshProductQualityWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(input.id)
  },
)
