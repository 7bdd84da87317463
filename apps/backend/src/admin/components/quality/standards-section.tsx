import { Alert, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { t } from "../../lib/i18n"
import { useQualityStandards } from "../../lib/quality-queries"
import type { QualityStandard } from "../../lib/quality-types"
import { SectionHeader } from "../provenance/section-header"
import { StandardCard } from "./standard-card"
import { StandardForm } from "./standard-form"

/** Open form state: `{}` creates, `{ standard }` edits. */
type FormState = { standard?: QualityStandard } | null

export function StandardsSection() {
  const standards = useQualityStandards()
  const [form, setForm] = useState<FormState>(null)
  const list = standards.data?.quality_standards

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="p-0">
        <SectionHeader title={t.standard.tab} onCreate={() => setForm({})} />
      </Container>
      {standards.error ? (
        <Alert variant="error">{standards.error.message}</Alert>
      ) : !list ? (
        <Text size="small" className="text-ui-fg-muted">
          {t.common.loading}
        </Text>
      ) : list.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t.standard.none}
        </Text>
      ) : (
        list.map((standard) => (
          <StandardCard
            key={standard.id}
            standard={standard}
            onEdit={() => setForm({ standard })}
          />
        ))
      )}
      {form && <StandardForm standard={form.standard} onClose={() => setForm(null)} />}
    </div>
  )
}
