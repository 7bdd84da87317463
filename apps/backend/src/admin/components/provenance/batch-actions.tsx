import { Button, DropdownMenu } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import type { Batch } from "../../lib/types"
import { InspectionDrawer } from "../quality/inspection-drawer"
import { RecallDrawer } from "../quality/recall-drawer"
import { BatchEditForm } from "./batch-edit-form"

export type BatchAction = "edit" | "inspect" | "recall"

/** The drawer open for one batch. */
export type OpenBatchAction = { batch: Batch; action: BatchAction }

type BatchActionsMenuProps = {
  batch: Batch
  onSelect: (open: OpenBatchAction) => void
}

export function BatchActionsMenu({ batch, onSelect }: BatchActionsMenuProps) {
  const select = (action: BatchAction) => () => onSelect({ batch, action })
  return (
    // Not modal: a modal menu that opens a drawer as it closes can leave the
    // page ignoring clicks once the drawer closes (a Radix focus-lock clash).
    <DropdownMenu modal={false}>
      <DropdownMenu.Trigger asChild>
        <Button variant="transparent" size="small">
          {t.common.actions}
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        <DropdownMenu.Item onSelect={select("edit")}>{t.common.edit}</DropdownMenu.Item>
        <DropdownMenu.Item onSelect={select("inspect")}>
          {t.batch.inspect}
        </DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Item
          onSelect={select("recall")}
          disabled={batch.status === "recalled"}
          className="text-ui-fg-error"
        >
          {t.batch.recall}
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

export function BatchActionDrawer({
  open,
  onClose,
}: {
  open: OpenBatchAction
  onClose: () => void
}) {
  switch (open.action) {
    case "edit":
      return <BatchEditForm batch={open.batch} onClose={onClose} />
    case "inspect":
      return <InspectionDrawer batch={open.batch} onClose={onClose} />
    case "recall":
      return <RecallDrawer batch={open.batch} onClose={onClose} />
  }
}
