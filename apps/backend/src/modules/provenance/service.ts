import { MedusaService } from "@medusajs/framework/utils"
import { Facility } from "./models/facility"
import { Workshop } from "./models/workshop"

export default class ProvenanceModuleService extends MedusaService({
  Facility,
  Workshop,
}) {}
