import { defineLink } from "@medusajs/framework/utils"
import ProvenanceModule from "../modules/provenance"
import QualityModule from "../modules/quality"

/** A batch's quality inspections, read through the batch. */
export default defineLink(
  { linkable: ProvenanceModule.linkable.productionBatch, field: "id" },
  { ...QualityModule.linkable.qcInspection.id, primaryKey: "batch_id", isList: true },
  { readOnly: true },
)
