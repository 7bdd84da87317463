import { Alert, Button, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatCount, formatRupiah } from "../../lib/format"
import { t } from "../../lib/i18n"
import { useShippingPolicy } from "../../lib/shipping-rates"
import { PolicyForm } from "./policy-form"

/** The rules around the rate table: free shipping, heavy items, freight minimum. */
export function PolicyCard() {
  const policy = useShippingPolicy()
  const [isEditing, setIsEditing] = useState(false)
  const current = policy.data?.shipping_policy

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex items-center gap-2">
          <Heading level="h2">{t.shipping.policyTitle}</Heading>
          {current && current.id === null && (
            <StatusBadge color="grey" title={t.shipping.policyDefaultsHint}>
              {t.shipping.policyDefaults}
            </StatusBadge>
          )}
        </div>
        <Button
          size="small"
          variant="secondary"
          disabled={!current}
          onClick={() => setIsEditing(true)}
        >
          {t.common.edit}
        </Button>
      </div>
      {policy.error ? (
        <div className="px-6 py-4">
          <Alert variant="error">{policy.error.message}</Alert>
        </div>
      ) : !current ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t.common.loading}
        </Text>
      ) : (
        <dl className="grid gap-4 px-6 py-4 md:grid-cols-3">
          <Figure
            label={t.shipping.freeShippingThreshold}
            value={
              current.free_shipping_threshold > 0
                ? formatRupiah(current.free_shipping_threshold)
                : t.shipping.noFreeShipping
            }
          />
          <Figure
            label={t.shipping.heavyItemWeight}
            value={t.shipping.kilograms(
              formatCount(current.heavy_item_weight_grams / 1000),
            )}
          />
          <Figure
            label={t.shipping.freightMinimum}
            value={t.shipping.kilograms(formatCount(current.freight_minimum_kg))}
          />
        </dl>
      )}
      {isEditing && current && (
        <PolicyForm policy={current} onClose={() => setIsEditing(false)} />
      )}
    </Container>
  )
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" className="text-ui-fg-subtle" asChild>
        <dt>{label}</dt>
      </Text>
      <Text size="small" weight="plus" asChild>
        <dd>{value}</dd>
      </Text>
    </div>
  )
}
