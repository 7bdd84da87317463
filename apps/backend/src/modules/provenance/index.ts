import { Module } from "@medusajs/framework/utils"
import ProvenanceModuleService from "./service"

export const PROVENANCE_MODULE = "provenance"

export default Module(PROVENANCE_MODULE, {
  service: ProvenanceModuleService,
})
