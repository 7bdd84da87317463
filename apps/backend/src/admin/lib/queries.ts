import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { adminGet, adminPost } from "./client"
import { moveProductToWorkshop, type WorkshopMove } from "./product-workshop"
import type {
  Batch,
  Facility,
  ImpactAmounts,
  ImpactDashboard,
  ImpactRow,
  Page,
  ProductProvenance,
  StockLocation,
  VariantOption,
  Workshop,
} from "./types"

export const PAGE_SIZE = 20

/** Selects long enough for every facility or workshop a single office runs. */
const OPTIONS_LIMIT = 100

/*
 * Every key starts with "provenance" or "quality", and any write refreshes
 * both: names of facilities and workshops are shown inside each other's tables,
 * and a batch's status or a certificate changes what the quality views say.
 */
const ROOT = "provenance"

export const QUALITY_ROOT = "quality"

export function refreshStaffViews(queryClient: QueryClient) {
  return Promise.all(
    [ROOT, QUALITY_ROOT].map((root) =>
      queryClient.invalidateQueries({ queryKey: [root] }),
    ),
  )
}

type Paged = { offset: number; limit?: number }

export function useFacilities(params: Paged & { q?: string }) {
  return useQuery({
    queryKey: [ROOT, "facilities", params],
    queryFn: () =>
      adminGet<Page<"facilities", Facility>>("/admin/facilities", {
        ...params,
        limit: params.limit ?? PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  })
}

export function useFacilityOptions() {
  return useFacilities({ offset: 0, limit: OPTIONS_LIMIT })
}

export function useWorkshops(params: Paged & { q?: string; facility_id?: string }) {
  return useQuery({
    queryKey: [ROOT, "workshops", params],
    queryFn: () =>
      adminGet<Page<"workshops", Workshop>>("/admin/workshops", {
        ...params,
        limit: params.limit ?? PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  })
}

export function useWorkshopOptions() {
  return useWorkshops({ offset: 0, limit: OPTIONS_LIMIT })
}

export type BatchFilters = {
  workshop_id?: string
  product_id?: string
  status?: string
  code?: string
}

export function useBatches(params: Paged & BatchFilters) {
  return useQuery({
    queryKey: [ROOT, "batches", params],
    queryFn: () =>
      adminGet<Page<"batches", Batch>>("/admin/batches", {
        ...params,
        limit: params.limit ?? PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  })
}

export function useImpact(params: { from: string; to: string; facility_id?: string }) {
  return useQuery({
    queryKey: [ROOT, "impact", params],
    queryFn: () =>
      adminGet<{ rows: ImpactRow[]; totals: ImpactAmounts }>("/admin/impact", params),
    placeholderData: keepPreviousData,
  })
}

export function useImpactDashboard(params: {
  from: string
  to: string
  facility_id?: string
}) {
  return useQuery({
    queryKey: [ROOT, "impact-dashboard", params],
    queryFn: () => adminGet<ImpactDashboard>("/admin/impact-dashboard", params),
    placeholderData: keepPreviousData,
  })
}

export function useStockLocations() {
  return useQuery({
    queryKey: [ROOT, "stock-locations"],
    queryFn: () =>
      adminGet<{ stock_locations: StockLocation[] }>("/admin/stock-locations", {
        limit: OPTIONS_LIMIT,
        fields: "id,name",
      }),
  })
}

/** Medusa's own variant search, for creating a batch outside a product page. */
export function useVariantSearch(q: string) {
  return useQuery({
    queryKey: [ROOT, "variants", q],
    queryFn: () =>
      adminGet<{ variants: VariantOption[] }>("/admin/product-variants", {
        q,
        limit: PAGE_SIZE,
        fields: "id,title,sku,product.id,product.title",
      }),
    enabled: q.trim() !== "",
    placeholderData: keepPreviousData,
  })
}

export function useProductProvenance(productId: string) {
  return useQuery({
    queryKey: [ROOT, "product", productId],
    queryFn: () =>
      adminGet<{ product: ProductProvenance }>(`/admin/products/${productId}`, {
        fields:
          "id,title,variants.id,variants.title,variants.sku,workshop.id,workshop.name,workshop.facility.name",
      }),
  })
}

/** A POST to the admin API that refreshes every staff query once it succeeds. */
export function useProvenanceWrite<TBody extends object, TResult>(path: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) => adminPost<TResult>(path, body),
    onSuccess: () => refreshStaffViews(queryClient),
  })
}

/**
 * Gives the product to another workshop (or its first one). Every staff
 * query is refreshed even when it fails: a failed move may still have changed
 * the link, or found that someone else had already assigned the product.
 */
export function useProductWorkshopMove(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (move: WorkshopMove) => moveProductToWorkshop(productId, move),
    onSettled: () => refreshStaffViews(queryClient),
  })
}
