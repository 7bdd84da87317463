"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"

import { type ChoiceActionState, chooseShippingOption } from "@/lib/actions/checkout"
import type { ShippingOptionCode } from "@/lib/util/shipping-groups"

import styles from "./checkout-form.module.css"

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
  const t = useTranslations("checkout")
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
          {t("shippingChoice.save")}
        </button>
      </noscript>
      {pending && (
        <p role="status" className={styles.hint}>
          {t("saving")}
        </p>
      )}
      {state.error && (
        <p role="alert" className={styles.error}>
          {t(`shippingChoice.errors.${state.error}`)}
        </p>
      )}
    </form>
  )
}
