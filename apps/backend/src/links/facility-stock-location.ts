import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProvenanceModule from "../modules/provenance"

/** A facility ships its workshops' goods from its own stock location. */
export default defineLink(
  ProvenanceModule.linkable.facility,
  StockLocationModule.linkable.stockLocation,
)
