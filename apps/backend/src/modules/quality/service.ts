import { MedusaService } from "@medusajs/framework/utils"
import { Certificate } from "./models/certificate"
import { ProductQuality } from "./models/product-quality"
import { QcInspection } from "./models/qc-inspection"
import { QualityStandard } from "./models/quality-standard"

export default class QualityModuleService extends MedusaService({
  QualityStandard,
  Certificate,
  QcInspection,
  ProductQuality,
}) {}
