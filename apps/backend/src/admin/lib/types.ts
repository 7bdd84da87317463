/*
 * The JSON shapes of the provenance admin API as the dashboard receives them.
 * They are written out rather than inferred from the models because the wire
 * differs from the data model: dates arrive as strings and relations arrive
 * trimmed to what each route selects.
 */

export type Facility = {
  id: string
  handle: string
  name: string
  city: string
  province: string
  story: string | null
  makers_share_bps: number
  capital_share_bps: number
  state_revenue_share_bps: number
  stock_location: { id: string; name: string } | null
}

export type Workshop = {
  id: string
  handle: string
  name: string
  craft_type: string
  story: string | null
  photo_urls: string[]
  maker_count: number
  training_hours: number
  /** Units the workshop can make in a week; null when it states none. */
  weekly_capacity: number | null
  facility: { id: string; name: string }
}

export const BATCH_STATUSES = ["active", "on_hold", "recalled", "expired"] as const

export type BatchStatus = (typeof BATCH_STATUSES)[number]

/**
 * The statuses staff may set by editing a batch. A recall has its own request
 * (it tells staff whom to contact) and expiry is set by the server's watch;
 * neither can be undone.
 */
export const EDITABLE_BATCH_STATUSES = ["active", "on_hold"] as const

export type EditableBatchStatus = (typeof EDITABLE_BATCH_STATUSES)[number]

export const isEditableBatchStatus = (
  status: BatchStatus,
): status is EditableBatchStatus =>
  (EDITABLE_BATCH_STATUSES as readonly BatchStatus[]).includes(status)

/** Recalled and expired: the batch can never be sold again. */
export const isFinalBatchStatus = (status: BatchStatus) => !isEditableBatchStatus(status)

export type Batch = {
  id: string
  code: string
  quantity: number
  produced_at: string
  best_before: string | null
  expires_at: string | null
  status: BatchStatus
  variant_id: string
  product_id: string
  workshop: { id: string; name: string; facility: { id: string; name: string } }
  product_variant: {
    id: string
    title: string
    sku: string | null
    product: { id: string; title: string }
  } | null
}

export type ImpactAmounts = {
  units: number
  line_total: number
  makers_amount: number
  capital_amount: number
  state_revenue_amount: number
}

export type ImpactRow = ImpactAmounts & {
  month: string
  workshop_id: string
  workshop_name: string
  facility_id: string
  facility_name: string
}

/** A workshop's net ledger totals for one month, in whole rupiah. */
export type DashboardMonth = {
  month: string
  workshop_id: string
  workshop_name: string | null
  facility_id: string | null
  facility_name: string | null
  units: number
  sales: number
  makers_amount: number
}

export type BestSeller = {
  product_id: string
  title: string | null
  units: number
  sales: number
}

export type ExpiringBatch = {
  batch_id: string
  code: string
  product_title: string | null
  variant_title: string | null
  workshop_name: string | null
  facility_name: string | null
  expires_at: string | null
  best_before: string | null
  units_left: number
}

export type ImpactDashboard = {
  months: DashboardMonth[]
  best_sellers: BestSeller[]
  expiring_soon: ExpiringBatch[]
  totals: { units: number; sales: number; makers_amount: number }
}

export type StockLocation = { id: string; name: string }

export type VariantOption = {
  id: string
  title: string
  sku: string | null
  product?: { id: string; title: string }
}

/** The product as the provenance widget asks for it (the workshop comes from a module link). */
export type ProductProvenance = {
  id: string
  title: string
  variants: VariantOption[]
  workshop: { id: string; name: string; facility: { name: string } | null } | null
}

export type Page<K extends string, T> = { [key in K]: T[] } & {
  count: number
  limit: number
  offset: number
}

/** What `POST /admin/workshops/:id/products` answers with. */
export type WorkshopProducts = {
  id: string
  products: { id: string; title: string }[]
}
