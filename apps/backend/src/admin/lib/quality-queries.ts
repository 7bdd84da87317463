import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { adminDelete, adminGet, adminPost, adminUpload } from "./client"
import { PAGE_SIZE, QUALITY_ROOT, refreshStaffViews } from "./queries"
import type {
  BatchInspections,
  Certificate,
  CertificateType,
  ProductQuality,
  QualityOverview,
  QualityStandard,
} from "./quality-types"
import type { Page } from "./types"

export function useQualityOverview() {
  return useQuery({
    queryKey: [QUALITY_ROOT, "overview"],
    queryFn: () => adminGet<QualityOverview>("/admin/quality/overview"),
  })
}

export type CertificateFilters = {
  product_id?: string
  workshop_id?: string
  facility_id?: string
  type?: CertificateType | ""
}

export function useCertificates(params: CertificateFilters & { offset: number }) {
  return useQuery({
    queryKey: [QUALITY_ROOT, "certificates", params],
    queryFn: () =>
      adminGet<Page<"certificates", Certificate>>("/admin/certificates", {
        ...params,
        limit: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  })
}

export function useQualityStandards() {
  return useQuery({
    queryKey: [QUALITY_ROOT, "standards"],
    queryFn: () =>
      adminGet<{ quality_standards: QualityStandard[]; count: number }>(
        "/admin/quality-standards",
      ),
  })
}

export function useBatchInspections(batchId: string) {
  return useQuery({
    queryKey: [QUALITY_ROOT, "inspections", batchId],
    queryFn: () => adminGet<BatchInspections>(`/admin/batches/${batchId}/inspections`),
  })
}

/**
 * `version` is the product's `updated_at`: Medusa refetches the product after
 * its own edits (metadata, categories), and a new version refetches this too.
 */
export function useProductQuality(productId: string, version?: string) {
  return useQuery({
    queryKey: [QUALITY_ROOT, "product", productId, version],
    queryFn: () =>
      adminGet<{ quality: ProductQuality }>(`/admin/products/${productId}/quality`),
    placeholderData: keepPreviousData,
  })
}

/** Medusa's own product search, for choosing a certificate's holder. */
export function useProductSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: [QUALITY_ROOT, "product-search", q],
    queryFn: () =>
      adminGet<{ products: { id: string; title: string }[] }>("/admin/products", {
        q,
        fields: "id,title",
        limit: PAGE_SIZE,
      }),
    enabled,
    placeholderData: keepPreviousData,
  })
}

/**
 * Titles of the given products, for naming certificate holders: the
 * certificate list answers with holder ids only.
 */
export function useProductTitles(ids: string[]) {
  return useQuery({
    queryKey: [QUALITY_ROOT, "product-titles", ids],
    queryFn: () =>
      adminGet<{ products: { id: string; title: string }[] }>("/admin/products", {
        id: ids,
        fields: "id,title",
        limit: ids.length,
      }),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
  })
}

/** A POST to the admin API that refreshes every staff query once it succeeds. */
export function useQualityWrite<TBody extends object, TResult>(path: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) => adminPost<TResult>(path, body),
    onSuccess: () => refreshStaffViews(queryClient),
  })
}

export function useCertificateDelete() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => adminDelete<unknown>(`/admin/certificates/${id}`),
    onSuccess: () => refreshStaffViews(queryClient),
  })
}

/** Uploads one document and answers with the URL the certificate keeps. */
export function useDocumentUpload() {
  return useMutation({
    mutationFn: async (file: File) => {
      const { files } = await adminUpload([file])
      if (!files[0]) throw new Error("upload answered without a file")
      return files[0].url
    },
  })
}
