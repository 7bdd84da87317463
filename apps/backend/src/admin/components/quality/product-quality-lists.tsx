import { StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatDate } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { ProductQuality } from "../../lib/quality-types"
import { BatchStatusBadge } from "../provenance/batch-status-badge"
import { CertificateValidity } from "./certificate-validity"
import { PassBadge } from "./pass-badge"

function List<T>({
  items,
  empty,
  render,
}: {
  items: T[]
  empty: string
  render: (item: T) => ReactNode
}) {
  if (items.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {empty}
      </Text>
    )
  }
  return <ul className="flex flex-col divide-y">{items.map(render)}</ul>
}

/** The product's own certificates and those its workshop or facility holds for it. */
export function ProductCertificates({
  certificates,
}: {
  certificates: ProductQuality["certificates"]
}) {
  return (
    <List
      items={certificates}
      empty={t.qualityWidget.noCertificates}
      render={(certificate) => (
        <li key={certificate.id} className="flex items-start justify-between gap-2 py-2">
          <div className="flex min-w-0 flex-col">
            <Text size="small" leading="compact" weight="plus">
              {t.certificate.types[certificate.type] ?? certificate.type}
            </Text>
            <Text size="small" leading="compact" className="truncate font-mono">
              {certificate.number}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {certificate.issuer} ·{" "}
              {t.certificate.inheritedFrom[certificate.holder_type]}
            </Text>
          </div>
          <CertificateValidity certificate={certificate} />
        </li>
      )}
    />
  )
}

export function ProductBatches({ batches }: { batches: ProductQuality["batches"] }) {
  return (
    <List
      items={batches}
      empty={t.qualityWidget.noBatches}
      render={(batch) => (
        <li key={batch.id} className="flex flex-col gap-y-1 py-2">
          <div className="flex items-center justify-between gap-2">
            <span className="font-mono txt-compact-small">{batch.code}</span>
            <BatchStatusBadge status={batch.status} />
          </div>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <StatusBadge color={batch.sellable ? "green" : "red"}>
              {batch.sellable
                ? t.qualityWidget.sellable
                : `${t.qualityWidget.blocked}${
                    batch.reason
                      ? `: ${t.quality.blockReasons[batch.reason] ?? batch.reason}`
                      : ""
                  }`}
            </StatusBadge>
            {batch.last_inspection ? (
              <div className="flex items-center gap-x-2">
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatDate(batch.last_inspection.inspected_at)}
                </Text>
                <PassBadge passed={batch.last_inspection.passed} />
              </div>
            ) : (
              <Text size="xsmall" className="text-ui-fg-muted">
                {t.qualityWidget.neverInspected}
              </Text>
            )}
          </div>
        </li>
      )}
    />
  )
}
