import { Container, Input } from "@medusajs/ui"
import { useState } from "react"
import { t } from "../../lib/i18n"
import { PAGE_SIZE, useBatches } from "../../lib/queries"
import { BATCH_STATUSES } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { BatchActionDrawer, type OpenBatchAction } from "./batch-actions"
import { BatchCreateForm } from "./batch-create-form"
import { BatchTable } from "./batch-table"
import { OptionSelect } from "./option-select"
import { SectionHeader } from "./section-header"

type FormState = "create" | OpenBatchAction | null

export function BatchesSection() {
  const [codeSearch, setCodeSearch] = useState("")
  const code = useDebouncedValue(codeSearch.trim())
  const [status, setStatus] = useState("")
  const [pageIndex, setPageIndex] = useState(0)
  const [form, setForm] = useState<FormState>(null)
  const batches = useBatches({ code, status, offset: pageIndex * PAGE_SIZE })

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.batch.tab} onCreate={() => setForm("create")}>
        <div className="w-40">
          <OptionSelect
            size="small"
            value={status}
            onChange={(value) => {
              setStatus(value)
              setPageIndex(0)
            }}
            allLabel={t.batch.allStatuses}
            options={BATCH_STATUSES.map((value) => ({
              value,
              label: t.batch.statuses[value],
            }))}
          />
        </div>
        <Input
          type="search"
          size="small"
          placeholder={t.batch.codePlaceholder}
          value={codeSearch}
          onChange={(event) => {
            setCodeSearch(event.target.value)
            setPageIndex(0)
          }}
        />
      </SectionHeader>
      <BatchTable
        context="all"
        data={batches.data}
        isLoading={batches.isLoading}
        error={batches.error}
        pageIndex={pageIndex}
        onPageChange={setPageIndex}
        onAction={setForm}
      />
      {form === "create" && <BatchCreateForm onClose={() => setForm(null)} />}
      {form && form !== "create" && (
        <BatchActionDrawer open={form} onClose={() => setForm(null)} />
      )}
    </Container>
  )
}
