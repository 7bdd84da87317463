import { Alert, Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { downloadCsv, type CsvProgress } from "../../lib/csv-download"
import { formatCount, todayInput } from "../../lib/format"
import { t } from "../../lib/i18n"
import { useFacilityOptions } from "../../lib/queries"
import { OptionSelect } from "../provenance/option-select"

type Report = "ledger" | "sales"

const DAY = /^\d{4}-\d{2}-\d{2}$/

function periodError(from: string, to: string): string | undefined {
  if (!DAY.test(from) || !DAY.test(to)) return t.csvExport.invalidDate
  if (from > to) return t.csvExport.rangeReversed
  return undefined
}

type Download =
  | { state: "idle" }
  | { state: "running"; report: Report; progress: CsvProgress }
  | { state: "done"; filename: string }
  | { state: "failed"; message: string }

/** Ledger and daily sales of a period as CSV files, for a facility's bookkeeping. */
export function CsvExportCard() {
  const today = todayInput()
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`)
  const [to, setTo] = useState(today)
  const [facilityId, setFacilityId] = useState("")
  const [download, setDownload] = useState<Download>({ state: "idle" })
  const facilities = useFacilityOptions()
  const abort = useRef<AbortController | null>(null)
  const error = periodError(from, to)
  const running = download.state === "running"

  useEffect(() => () => abort.current?.abort(), [])

  const start = async (report: Report) => {
    const controller = new AbortController()
    abort.current = controller
    setDownload({ state: "running", report, progress: { rows: 0, total: null } })
    try {
      const filename = await downloadCsv(
        `/admin/exports/${report}.csv`,
        { from, to, facility_id: facilityId },
        (progress) => setDownload({ state: "running", report, progress }),
        controller.signal,
      )
      setDownload({ state: "done", filename })
    } catch (cause) {
      if (controller.signal.aborted) return
      setDownload({ state: "failed", message: (cause as Error).message })
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t.csvExport.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.csvExport.description}
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex w-56 flex-col gap-y-2">
          <Label htmlFor="csv-export-facility" size="small" weight="plus">
            {t.csvExport.facility}
          </Label>
          <OptionSelect
            id="csv-export-facility"
            size="small"
            value={facilityId}
            onChange={setFacilityId}
            allLabel={t.csvExport.allFacilities}
            disabled={running}
            options={(facilities.data?.facilities ?? []).map((facility) => ({
              value: facility.id,
              label: facility.name,
            }))}
          />
        </div>
        <DateInput
          id="csv-export-from"
          label={t.csvExport.from}
          value={from}
          onChange={setFrom}
          disabled={running}
        />
        <DateInput
          id="csv-export-to"
          label={t.csvExport.to}
          value={to}
          onChange={setTo}
          disabled={running}
        />
        <div className="flex gap-2">
          {(["ledger", "sales"] as const).map((report) => (
            <Button
              key={report}
              size="small"
              variant="secondary"
              disabled={!!error || running}
              isLoading={running && download.report === report}
              onClick={() => start(report)}
            >
              {t.csvExport.reports[report]}
            </Button>
          ))}
        </div>
        {error && (
          <Text size="small" className="text-ui-fg-error">
            {error}
          </Text>
        )}
      </div>
      {download.state !== "idle" && (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-live="polite">
          {download.state === "running" && <Progress progress={download.progress} />}
          {download.state === "done" && (
            <Text size="small" className="text-ui-fg-subtle">
              {t.csvExport.saved(download.filename)}
            </Text>
          )}
          {download.state === "failed" && (
            <Alert variant="error">{download.message}</Alert>
          )}
        </div>
      )}
    </Container>
  )
}

function Progress({ progress }: { progress: CsvProgress }) {
  const { rows, total } = progress
  return (
    <>
      <progress
        className="h-2 w-full"
        max={total || 1}
        value={total === null ? undefined : total === 0 ? 1 : rows}
        aria-label={t.csvExport.progressLabel}
      />
      <Text size="small" className="text-ui-fg-subtle">
        {total === null
          ? t.csvExport.rowsReceived(formatCount(rows))
          : t.csvExport.rowsOf(formatCount(rows), formatCount(total))}
      </Text>
    </>
  )
}

type DateInputProps = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  disabled?: boolean
}

function DateInput({ id, label, value, onChange, disabled }: DateInputProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Input
        id={id}
        type="date"
        size="small"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
