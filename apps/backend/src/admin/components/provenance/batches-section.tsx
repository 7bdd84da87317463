import { Container, Input } from "@medusajs/ui"
import { useState } from "react"
import { t } from "../../lib/i18n"
import { PAGE_SIZE, useBatches } from "../../lib/queries"
import { BATCH_STATUSES, type Batch } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { BatchCreateForm } from "./batch-create-form"
import { BatchEditForm } from "./batch-edit-form"
import { BatchTable } from "./batch-table"
import { OptionSelect } from "./option-select"
import { SectionHeader } from "./section-header"

/** Open form state: `{}` creates, `{ batch }` edits. */
type FormState = { batch?: Batch } | null

export function BatchesSection() {
  const [codeSearch, setCodeSearch] = useState("")
  const code = useDebouncedValue(codeSearch.trim())
  const [status, setStatus] = useState("")
  const [pageIndex, setPageIndex] = useState(0)
  const [form, setForm] = useState<FormState>(null)
  const batches = useBatches({ code, status, offset: pageIndex * PAGE_SIZE })

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.batch.tab} onCreate={() => setForm({})}>
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
        onEdit={(batch) => setForm({ batch })}
      />
      {form &&
        (form.batch ? (
          <BatchEditForm batch={form.batch} onClose={() => setForm(null)} />
        ) : (
          <BatchCreateForm onClose={() => setForm(null)} />
        ))}
    </Container>
  )
}
