import { Button, Heading } from "@medusajs/ui"
import type { ReactNode } from "react"
import { t } from "../../lib/i18n"

type SectionHeaderProps = {
  title: string
  /** Filters shown between the title and the create button. */
  children?: ReactNode
  onCreate?: () => void
  createLabel?: string
}

export function SectionHeader({
  title,
  children,
  onCreate,
  createLabel,
}: SectionHeaderProps) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
      <Heading level="h2">{title}</Heading>
      <div className="flex flex-wrap items-center gap-2">
        {children}
        {onCreate && (
          <Button size="small" variant="secondary" onClick={onCreate}>
            {createLabel ?? t.common.create}
          </Button>
        )}
      </div>
    </div>
  )
}
