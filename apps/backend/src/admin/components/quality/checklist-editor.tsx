import { Button, Hint, Input, Text } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import type { ChecklistItem } from "../../lib/quality-types"
import { rowListActions } from "../../lib/row-list"
import type { StandardErrors } from "../../lib/standard-form"

type ChecklistEditorProps = {
  items: ChecklistItem[]
  onChange: (items: ChecklistItem[]) => void
  errors?: StandardErrors["checklist"]
}

/** The inspection checklist, one key and description per row. */
export function ChecklistEditor({ items, onChange, errors }: ChecklistEditorProps) {
  const { add, remove, update } = rowListActions(items, onChange, () => ({
    key: "",
    label: "",
  }))

  return (
    <div className="flex flex-col gap-y-2">
      {items.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          {t.standard.noItems}
        </Text>
      )}
      {items.map((item, index) => (
        // Rows have no identity of their own; every input is controlled, so the index is enough.
        <div key={index} className="flex flex-col gap-y-1">
          <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] items-center gap-2">
            <Input
              size="small"
              className="font-mono"
              placeholder={t.standard.itemKey}
              aria-label={t.standard.itemKey}
              value={item.key}
              onChange={(event) => update(index, { key: event.target.value })}
              aria-invalid={Boolean(errors?.[index]?.key)}
            />
            <Input
              size="small"
              placeholder={t.standard.itemLabel}
              aria-label={t.standard.itemLabel}
              value={item.label}
              onChange={(event) => update(index, { label: event.target.value })}
              aria-invalid={Boolean(errors?.[index]?.label)}
            />
            <Button
              type="button"
              size="small"
              variant="transparent"
              onClick={() => remove(index)}
            >
              {t.common.remove}
            </Button>
          </div>
          {errors?.[index] && (
            <Hint variant="error">
              {[errors[index].key, errors[index].label].filter(Boolean).join(" ")}
            </Hint>
          )}
        </div>
      ))}
      <div>
        <Button type="button" size="small" variant="secondary" onClick={add}>
          {t.standard.addItem}
        </Button>
      </div>
    </div>
  )
}
