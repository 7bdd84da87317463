"use client"

import { useActionState, useState } from "react"

import { type ChoiceActionState, chooseShippingOption } from "@/lib/actions/checkout"
import type { ShippingOptionCode } from "@/lib/util/shipping-groups"
import { checkoutText } from "@/modules/checkout/text"

import styles from "./checkout-form.module.css"

const text = checkoutText.shipping

export type ShippingOptionView = {
  id: string
  name: string
  code: ShippingOptionCode
  price: string
  detail: string | null
}

/** Picking an option saves it at once; without scripts the button below does. */
export function ShippingOptionPicker({
  label,
  options,
  selectedId,
}: {
  label: string
  options: ShippingOptionView[]
  selectedId: string | null
}) {
  const [state, formAction, pending] = useActionState<ChoiceActionState, FormData>(
    chooseShippingOption,
    {},
  )
  const [chosen, setChosen] = useState(selectedId)

  return (
    <form action={formAction} aria-busy={pending}>
      <fieldset className={styles.options} disabled={pending}>
        <legend className={styles.visuallyHidden}>{label}</legend>
        {options.map((option) => (
          <label key={option.id} className={styles.option}>
            <input
              type="radio"
              name="option_id"
              value={option.id}
              data-option-code={option.code}
              checked={option.id === chosen}
              onChange={(event) => {
                setChosen(option.id)
                event.currentTarget.form?.requestSubmit()
              }}
            />
            <span className={styles.optionName}>{option.name}</span>
            <span className={styles.optionPrice}>{option.price}</span>
            {option.detail && <p className={styles.optionDetail}>{option.detail}</p>}
          </label>
        ))}
      </fieldset>
      <noscript>
        <button type="submit" className={styles.secondary}>
          {text.save}
        </button>
      </noscript>
      {pending && (
        <p role="status" className={styles.hint}>
          {checkoutText.saving}
        </p>
      )}
      {state.error && (
        <p role="alert" className={styles.error}>
          {text.errors[state.error]}
        </p>
      )}
    </form>
  )
}
