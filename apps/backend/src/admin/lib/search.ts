import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminPost } from "./client"

/** The product search index as GET /admin/search-status describes it. */
export type SearchStatus = {
  index: {
    name: string
    engine: string | null
    status: "pending" | "building" | "ready" | "error"
    /** Null when the engine did not answer. */
    documents: number | null
    indexable_products: number
    last_sync: {
      version: number
      status: "pending" | "processing" | "done" | "failed" | "canceled"
      documents_synced: number
      started_at: string | null
      completed_at: string | null
      error: string | null
    } | null
  }
  outage_since: string | null
}

const KEY = ["search", "status"]

const isRunning = (status: SearchStatus | undefined) =>
  status?.index.last_sync?.status === "processing" ||
  status?.index.last_sync?.status === "pending" ||
  status?.index.status === "building"

/** Polls every second while a rebuild runs, so its progress moves on screen. */
export function useSearchStatus() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => adminGet<SearchStatus>("/admin/search-status"),
    refetchInterval: (query) => (isRunning(query.state.data) ? 1000 : false),
  })
}

/** Starts a rebuild through Medusa's own reindex route. */
export function useRebuildSearch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => adminPost("/admin/search-indexes/product/reindex"),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  })
}

export { isRunning as isRebuildRunning }
