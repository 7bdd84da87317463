// Medusa's provider keeps its schema (extensions and the catalog table) in its
// own migrations folder; migrations are found beside the provider that is
// registered, so this provider carries that one under its original name, which
// databases that already ran it have recorded.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
