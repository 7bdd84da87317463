import { Alert } from "@medusajs/ui"
import { t } from "../../lib/i18n"

/** The label facts standards ask for, under the metadata keys the server reads. */
const LABEL_KEYS = Object.keys(
  t.qualityWidget.labelKeys,
) as (keyof typeof t.qualityWidget.labelKeys)[]

/**
 * Medusa's product page has no fields for label facts, so staff add them as
 * metadata; the key must match exactly or the server will not find it.
 */
export function LabelFieldsHint() {
  return (
    <Alert variant="warning">
      <p>{t.qualityWidget.labelIntro}</p>
      <ul className="my-1 flex flex-col gap-y-0.5">
        {LABEL_KEYS.map((key) => (
          <li key={key}>
            <code className="font-mono">{key}</code> — {t.qualityWidget.labelKeys[key]}
          </li>
        ))}
      </ul>
      <p>{t.qualityWidget.labelAttributes}</p>
    </Alert>
  )
}
