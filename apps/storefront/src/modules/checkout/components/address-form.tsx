"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useActionState, useState } from "react"

import { type AddressActionState, saveAddress } from "@/lib/actions/checkout"
import {
  type AddressField,
  type AddressFieldError,
  type AddressFormErrors,
  type AddressFormValues,
  readAddressForm,
  validateAddressForm,
} from "@/lib/util/indonesian-address"

import styles from "./checkout-form.module.css"

type FieldSpec = {
  name: AddressField
  type?: "email" | "tel" | "text"
  autoComplete: string
  inputMode?: "numeric" | "tel" | "email"
  maxLength?: number
  wide?: boolean
}

const CONTACT_FIELDS: FieldSpec[] = [
  { name: "email", type: "email", autoComplete: "email", inputMode: "email", wide: true },
  { name: "full_name", autoComplete: "name" },
  { name: "phone", type: "tel", autoComplete: "tel", inputMode: "tel" },
]

const ADDRESS_FIELDS_AFTER_PROVINCE: FieldSpec[] = [
  { name: "city", autoComplete: "address-level2" },
  { name: "district", autoComplete: "address-level3" },
  { name: "address_1", autoComplete: "street-address", wide: true },
  {
    name: "postal_code",
    autoComplete: "postal-code",
    inputMode: "numeric",
    maxLength: 5,
  },
]

export function AddressForm({
  initial,
  provinces,
}: {
  initial: AddressFormValues
  provinces: string[]
}) {
  const t = useTranslations("checkout")
  const [state, formAction, pending] = useActionState<AddressActionState, FormData>(
    saveAddress,
    { values: initial, errors: {} },
  )
  // Checked here first for instant feedback; the Server Action checks again.
  const [clientErrors, setClientErrors] = useState<AddressFormErrors | null>(null)
  const errors = clientErrors ?? state.errors
  const values = state.values ?? initial

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const found = validateAddressForm(
      readAddressForm(new FormData(event.currentTarget)),
      provinces,
    )
    const hasErrors = Object.keys(found).length > 0
    setClientErrors(hasErrors ? found : null)
    if (hasErrors) {
      event.preventDefault()
      const firstInvalid = Object.keys(found)[0]
      event.currentTarget.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus()
    }
  }

  const field = (spec: FieldSpec) => (
    <Field
      key={spec.name}
      spec={spec}
      value={values[spec.name]}
      error={errors[spec.name]}
    />
  )

  return (
    <form
      action={formAction}
      onSubmit={checkBeforeSending}
      noValidate
      className={styles.form}
      aria-busy={pending}
    >
      {Object.keys(errors).length > 0 && (
        <p role="alert" className={styles.alert}>
          {t("address.errorSummary")}
        </p>
      )}
      {state.failed && (
        <p role="alert" className={styles.alert}>
          {t("address.failed")}
        </p>
      )}

      <fieldset className={styles.fieldset}>
        <legend>{t("address.contactHeading")}</legend>
        <div className={styles.grid}>{CONTACT_FIELDS.map(field)}</div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>{t("address.addressHeading")}</legend>
        <div className={styles.grid}>
          <ProvinceField
            provinces={provinces}
            value={values.province}
            error={errors.province}
          />
          {ADDRESS_FIELDS_AFTER_PROVINCE.map(field)}
        </div>
      </fieldset>

      <button type="submit" className={styles.primary} disabled={pending}>
        {pending ? t("saving") : t("address.submit")}
      </button>
    </form>
  )
}

function describedBy(name: AddressField, error: string | undefined, hint?: string) {
  const ids = [error && `${name}-error`, hint && `${name}-hint`].filter(Boolean)
  return ids.length > 0 ? ids.join(" ") : undefined
}

function Field({
  spec,
  value,
  error,
}: {
  spec: FieldSpec
  value: string
  error?: AddressFieldError
}) {
  const t = useTranslations("checkout.address")
  // Only some fields have a hint; the messages say which.
  const hint = t.has(`hints.${spec.name}`) ? t(`hints.${spec.name}`) : undefined
  return (
    <div className={spec.wide ? `${styles.field} ${styles.wide}` : styles.field}>
      <label htmlFor={spec.name}>{t(`labels.${spec.name}`)}</label>
      <input
        id={spec.name}
        name={spec.name}
        type={spec.type ?? "text"}
        defaultValue={value}
        autoComplete={spec.autoComplete}
        inputMode={spec.inputMode}
        maxLength={spec.maxLength}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(spec.name, error, hint)}
      />
      {hint && (
        <p id={`${spec.name}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${spec.name}-error`} className={styles.error}>
          {t(`errors.${error}`)}
        </p>
      )}
    </div>
  )
}

function ProvinceField({
  provinces,
  value,
  error,
}: {
  provinces: string[]
  value: string
  error?: AddressFieldError
}) {
  const t = useTranslations("checkout.address")
  const props = {
    id: "province",
    name: "province",
    defaultValue: value,
    autoComplete: "address-level1",
    required: true,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy("province", error),
  }
  return (
    <div className={`${styles.field} ${styles.wide}`}>
      <label htmlFor="province">{t("labels.province")}</label>
      {/* Without the backend's list the buyer types it; the backend checks the name. */}
      {provinces.length > 0 ? (
        <select {...props}>
          <option value="">{t("choose")}</option>
          {provinces.map((province) => (
            <option key={province} value={province}>
              {province}
            </option>
          ))}
        </select>
      ) : (
        <input type="text" {...props} />
      )}
      {error && (
        <p id="province-error" className={styles.error}>
          {t(`errors.${error}`)}
        </p>
      )}
    </div>
  )
}
