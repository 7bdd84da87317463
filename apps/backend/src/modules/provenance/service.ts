import { MedusaService } from "@medusajs/framework/utils"
import { Facility } from "./models/facility"
import { ProductionBatch } from "./models/production-batch"
import { Workshop } from "./models/workshop"

export default class ProvenanceModuleService extends MedusaService({
  Facility,
  Workshop,
  ProductionBatch,
}) {}
