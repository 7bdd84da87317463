import { Alert, StatusBadge, Text } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import type { ProductQuality } from "../../lib/quality-types"
import { LabelFieldsHint } from "./label-fields-hint"

/**
 * Whether the product may be published, and if not why: the same reasons the
 * server gives when it refuses to publish.
 */
export function ProductQualityStatus({ quality }: { quality: ProductQuality }) {
  if (!quality.standard) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t.qualityWidget.noStandard}
      </Text>
    )
  }
  const missesLabelFields = quality.unmet.some((u) => u.code === "label_field_missing")
  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Text size="small" leading="compact" weight="plus">
          {t.qualityWidget.standard}: {quality.standard.name}
        </Text>
        <StatusBadge color={quality.standard_met ? "green" : "red"}>
          {quality.standard_met ? t.qualityWidget.met : t.qualityWidget.unmet}
        </StatusBadge>
      </div>
      {quality.unmet.length > 0 && (
        <Alert variant="error">
          <p>{t.qualityWidget.unmetIntro}</p>
          <ul className="mt-1 list-disc pl-4">
            {quality.unmet.map((unmet) => (
              <li key={`${unmet.code}:${unmet.message}`}>{unmet.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {missesLabelFields && <LabelFieldsHint />}
    </div>
  )
}
