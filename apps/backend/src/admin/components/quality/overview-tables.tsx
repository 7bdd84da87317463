import { StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { QualityOverview } from "../../lib/quality-types"
import type { Column } from "../provenance/paginated-table"
import { HolderName } from "./holder-name"

type Row<K extends keyof QualityOverview> = QualityOverview[K][number]

const batchCode = (code: string) => (
  <span className="whitespace-nowrap font-mono txt-compact-small">{code}</span>
)

const productAndVariant = (product: string, variant: string) => (
  <div className="flex flex-col">
    <Text size="small" leading="compact">
      {product}
    </Text>
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {variant}
    </Text>
  </div>
)

export const blockedProductColumns: Column<Row<"blocked_products">>[] = [
  {
    key: "product",
    header: t.quality.product,
    render: (product) => (
      <Link
        to={`/products/${product.id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
      >
        {product.title}
      </Link>
    ),
  },
  {
    key: "status",
    header: t.quality.productStatus,
    render: (product) => t.quality.productStatuses[product.status] ?? product.status,
  },
  {
    key: "unmet",
    header: t.quality.reasons,
    render: (product) => (
      <ul className="list-disc py-2 pl-4">
        {product.unmet.map((unmet) => (
          <li key={`${unmet.code}:${unmet.message}`} className="txt-compact-small">
            {unmet.message}
          </li>
        ))}
      </ul>
    ),
  },
]

export const blockedBatchColumns: Column<Row<"blocked_batches">>[] = [
  { key: "code", header: t.quality.batch, render: (batch) => batchCode(batch.code) },
  {
    key: "product",
    header: t.quality.product,
    render: (batch) => productAndVariant(batch.product_title, batch.variant_title),
  },
  { key: "workshop", header: t.quality.workshop, render: (batch) => batch.workshop_name },
  {
    key: "reason",
    header: t.quality.reasons,
    render: (batch) => (
      <StatusBadge color={batch.reason === "expired" ? "grey" : "red"}>
        {t.quality.blockReasons[batch.reason] ?? batch.reason}
      </StatusBadge>
    ),
  },
]

export const expiringCertificateColumns: Column<Row<"expiring_certificates">>[] = [
  {
    key: "certificate",
    header: t.quality.certificate,
    render: (certificate) => (
      <div className="flex flex-col">
        <Text size="small" leading="compact">
          {t.certificate.types[certificate.type] ?? certificate.type}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle font-mono">
          {certificate.number}
        </Text>
      </div>
    ),
  },
  {
    key: "holder",
    header: t.quality.holder,
    render: (certificate) => <HolderName holder={certificate.holder} />,
  },
  {
    key: "valid_until",
    header: t.quality.validUntil,
    render: (certificate) => formatDate(certificate.valid_until),
  },
]

export const expiringBatchColumns: Column<Row<"expiring_batches">>[] = [
  { key: "code", header: t.quality.batch, render: (batch) => batchCode(batch.code) },
  {
    key: "product",
    header: t.quality.product,
    render: (batch) => productAndVariant(batch.product_title, batch.variant_title),
  },
  {
    key: "expires_at",
    header: t.quality.expiresAt,
    render: (batch) => formatDate(batch.expires_at),
  },
]
