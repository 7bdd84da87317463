import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Detail = { label: string; value: ReactNode }

/** Labelled values of a record, in two columns; rows without a value are left out. */
export function DetailList({ title, details }: { title?: string; details: Detail[] }) {
  const shown = details.filter(
    (detail) =>
      detail.value !== null &&
      detail.value !== undefined &&
      detail.value !== false &&
      detail.value !== "",
  )
  return (
    <section className="flex flex-col gap-y-3">
      {title && <Heading level="h3">{title}</Heading>}
      <dl className="flex flex-col gap-y-2">
        {shown.map((detail) => (
          <div key={detail.label} className="grid grid-cols-[2fr_3fr] gap-4">
            <Text size="small" className="text-ui-fg-subtle" asChild>
              <dt>{detail.label}</dt>
            </Text>
            <Text size="small" className="whitespace-pre-line break-words" asChild>
              <dd>{detail.value}</dd>
            </Text>
          </div>
        ))}
      </dl>
    </section>
  )
}
