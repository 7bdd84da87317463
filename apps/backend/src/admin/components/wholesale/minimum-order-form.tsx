import { Alert, Button, Input, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { t } from "../../lib/i18n"
import { isBlank, parseWholeNumber } from "../../lib/validate"
import { useWholesaleWrite } from "../../lib/wholesale"
import { FormField } from "../provenance/form-field"

type MinimumOrderFormProps = {
  productId: string
  current: number | null
  onClose: () => void
}

/** Blank is "no minimum"; anything else must be a whole number of at least 1. */
function minimumOf(value: string): number | null | undefined {
  if (isBlank(value)) return null
  const quantity = parseWholeNumber(value)
  return quantity !== null && quantity >= 1 ? quantity : undefined
}

export function MinimumOrderForm({ productId, current, onClose }: MinimumOrderFormProps) {
  const [value, setValue] = useState(current === null ? "" : String(current))
  const [submitted, setSubmitted] = useState(false)
  const save = useWholesaleWrite<
    { minimum_order_quantity: number | null },
    { minimum_order_quantity: number | null }
  >(`/admin/products/${productId}/wholesale`)

  const minimum = minimumOf(value)
  const error = submitted && minimum === undefined ? t.common.positiveNumber : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (minimum === undefined) return
    if (minimum === current) return onClose()
    save.mutate(
      { minimum_order_quantity: minimum },
      {
        onSuccess: () => {
          toast.success(t.common.saved)
          onClose()
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-3">
      <FormField
        id="product-minimum-order-quantity"
        label={t.wholesaleWidget.minimumOrderQuantity}
        hint={t.wholesaleWidget.hint}
        error={error}
        optional
      >
        <Input
          id="product-minimum-order-quantity"
          size="small"
          inputMode="numeric"
          placeholder={t.wholesaleWidget.none}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={Boolean(error)}
        />
      </FormField>
      {save.error && <Alert variant="error">{save.error.message}</Alert>}
      <div className="flex justify-end gap-2">
        <Button
          type="button"
          size="small"
          variant="secondary"
          onClick={onClose}
          disabled={save.isPending}
        >
          {t.common.cancel}
        </Button>
        <Button type="submit" size="small" isLoading={save.isPending}>
          {t.common.save}
        </Button>
      </div>
    </form>
  )
}
