import { Heading, Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { ChecklistItem, Inspection } from "../../lib/quality-types"
import { PassBadge } from "./pass-badge"

type InspectionHistoryProps = {
  /** Newest first, as the server sends them. */
  inspections: Inspection[]
  /** The current checklist, to name items by their labels rather than keys. */
  items: ChecklistItem[]
}

export function InspectionHistory({ inspections, items }: InspectionHistoryProps) {
  const labelOf = (key: string) => items.find((item) => item.key === key)?.label ?? key
  return (
    <section className="flex flex-col gap-y-3 border-t pt-4">
      <Heading level="h3">{t.inspection.history}</Heading>
      {inspections.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t.inspection.noHistory}
        </Text>
      ) : (
        <ol className="flex flex-col gap-y-3">
          {inspections.map((inspection) => (
            <li
              key={inspection.id}
              className="flex flex-col gap-y-1 rounded-lg border p-3"
            >
              <div className="flex items-center justify-between gap-2">
                <Text size="small" weight="plus">
                  {formatDateTime(inspection.inspected_at)}
                </Text>
                <PassBadge passed={inspection.passed} />
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t.inspection.standard} {inspection.standard_code} ·{" "}
                {t.inspection.inspector}{" "}
                <span className="font-mono">{inspection.inspector_id}</span>
              </Text>
              <ul className="flex flex-col gap-y-0.5">
                {inspection.results.map((result) => (
                  <li key={result.key} className="flex items-baseline gap-x-2">
                    <span
                      className={
                        result.passed ? "text-ui-tag-green-icon" : "text-ui-tag-red-icon"
                      }
                      aria-label={
                        result.passed ? t.inspection.passed : t.inspection.failed
                      }
                    >
                      {result.passed ? "✓" : "✗"}
                    </span>
                    <Text size="small">
                      {labelOf(result.key)}
                      {result.note && (
                        <span className="text-ui-fg-subtle"> — {result.note}</span>
                      )}
                    </Text>
                  </li>
                ))}
              </ul>
              {inspection.notes && (
                <Text size="small" className="text-ui-fg-subtle whitespace-pre-line">
                  {inspection.notes}
                </Text>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
