import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import {
  BatchActionDrawer,
  type OpenBatchAction,
} from "../components/provenance/batch-actions"
import { BatchCreateForm } from "../components/provenance/batch-create-form"
import { BatchTable } from "../components/provenance/batch-table"
import { SectionHeader } from "../components/provenance/section-header"
import { WorkshopAssignment } from "../components/provenance/workshop-assignment"
import { t } from "../lib/i18n"
import { PAGE_SIZE, useBatches, useProductProvenance } from "../lib/queries"
import type { ProductProvenance } from "../lib/types"

type FormState = "create" | OpenBatchAction | null

const ProductProvenanceWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const provenance = useProductProvenance(data.id)
  const [pageIndex, setPageIndex] = useState(0)
  const [form, setForm] = useState<FormState>(null)
  const batches = useBatches({ product_id: data.id, offset: pageIndex * PAGE_SIZE })

  const product = provenance.data?.product
  const canCreate = Boolean(product?.workshop) && (product?.variants.length ?? 0) > 0

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title={t.widget.title}
        onCreate={canCreate ? () => setForm("create") : undefined}
        createLabel={t.widget.createBatch}
      />
      <div className="px-6 py-4">
        {provenance.error ? (
          <Alert variant="error">{provenance.error.message}</Alert>
        ) : product ? (
          <WorkshopSummary product={product} />
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            {t.common.loading}
          </Text>
        )}
      </div>
      <BatchTable
        context="product"
        data={batches.data}
        isLoading={batches.isLoading}
        error={batches.error}
        pageIndex={pageIndex}
        onPageChange={setPageIndex}
        onAction={setForm}
      />
      {form === "create" && product && (
        <BatchCreateForm product={product} onClose={() => setForm(null)} />
      )}
      {form && form !== "create" && (
        <BatchActionDrawer open={form} onClose={() => setForm(null)} />
      )}
    </Container>
  )
}

/** The product's workshop and the form that assigns or changes it. */
function WorkshopSummary({ product }: { product: ProductProvenance }) {
  return (
    <div className="flex flex-col gap-y-3">
      {product.workshop ? (
        <div className="flex flex-col gap-y-2">
          <SummaryRow label={t.widget.workshop} value={product.workshop.name} />
          <SummaryRow
            label={t.widget.facility}
            value={product.workshop.facility?.name ?? "–"}
          />
        </div>
      ) : (
        <Alert variant="warning">{t.widget.noWorkshop}</Alert>
      )}
      {product.variants.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          {t.widget.noVariants}
        </Text>
      )}
      {/* Kept in the same place in both cases so its state survives the switch. */}
      <WorkshopAssignment product={product} />
    </div>
  )
}

function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="grid grid-cols-2 items-center">
      <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" leading="compact">
        {value}
      </Text>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductProvenanceWidget
