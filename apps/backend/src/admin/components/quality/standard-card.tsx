import { Badge, Button, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { t } from "../../lib/i18n"
import type { QualityStandard } from "../../lib/quality-types"

type StandardCardProps = { standard: QualityStandard; onEdit: () => void }

/** Everything a standard asks of the products it governs. */
export function StandardCard({ standard, onEdit }: StandardCardProps) {
  const { requirements } = standard.certificate_requirements
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{standard.name}</Heading>
          <div className="flex flex-wrap items-center gap-2">
            <Badge size="2xsmall" className="font-mono">
              {standard.code}
            </Badge>
            <Text size="small" className="text-ui-fg-subtle">
              {t.standard.productTypes[standard.product_type] ?? standard.product_type}
            </Text>
            <StatusBadge color={standard.requires_inspection ? "blue" : "grey"}>
              {t.standard.requiresInspection}:{" "}
              {standard.requires_inspection ? t.common.yes : t.common.no}
            </StatusBadge>
          </div>
        </div>
        <Button size="small" variant="secondary" onClick={onEdit}>
          {t.common.edit}
        </Button>
      </div>
      <div className="grid gap-6 px-6 py-4 md:grid-cols-2">
        <Part title={t.standard.categories}>
          <Codes values={standard.category_handles} empty={t.standard.noCategories} />
        </Part>
        <Part title={t.standard.labelFields}>
          <Codes values={standard.label_fields} empty={t.standard.noLabelFields} />
        </Part>
        <Part title={t.standard.requirements}>
          {requirements.length === 0 ? (
            <Muted>{t.standard.noRequirements}</Muted>
          ) : (
            <ul className="flex flex-col gap-y-1">
              {requirements.map((requirement) => (
                <li key={requirement.label} className="txt-compact-small">
                  <span className="font-medium">{requirement.label}</span>:{" "}
                  {requirement.any_of
                    .map((type) => t.certificate.types[type] ?? type)
                    .join(` ${t.standard.or} `)}
                </li>
              ))}
            </ul>
          )}
        </Part>
        <Part title={t.standard.checklist}>
          {standard.checklist.items.length === 0 ? (
            <Muted>{t.standard.noItems}</Muted>
          ) : (
            <ol className="flex list-decimal flex-col gap-y-1 pl-4">
              {standard.checklist.items.map((item) => (
                <li key={item.key} className="txt-compact-small">
                  {item.label}{" "}
                  <span className="text-ui-fg-muted font-mono">({item.key})</span>
                </li>
              ))}
            </ol>
          )}
        </Part>
      </div>
    </Container>
  )
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" weight="plus">
        {title}
      </Text>
      {children}
    </div>
  )
}

function Muted({ children }: { children: ReactNode }) {
  return (
    <Text size="small" className="text-ui-fg-muted">
      {children}
    </Text>
  )
}

function Codes({ values, empty }: { values: string[]; empty: string }) {
  if (values.length === 0) return <Muted>{empty}</Muted>
  return (
    <div className="flex flex-wrap gap-1">
      {values.map((value) => (
        <Badge key={value} size="2xsmall" className="font-mono">
          {value}
        </Badge>
      ))}
    </div>
  )
}
