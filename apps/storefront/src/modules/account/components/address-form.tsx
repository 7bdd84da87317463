"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"

import { type AccountFormState, saveAddress } from "@/lib/actions/account"
import type { AccountAddressValues } from "@/modules/account/util/account-forms"

import styles from "@/modules/common/components/form.module.css"
import { FormFeedback, useFocusOnProblem } from "./form-feedback"
import { TextField } from "./text-field"

type Props = {
  addressId?: string
  initial: AccountAddressValues
  provinces: string[]
}

/** An address book entry, in the same fields as the checkout's delivery address. */
export function AddressForm({ addressId, initial, provinces }: Props) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState<AccountFormState, FormData>(
    saveAddress,
    { values: initial, errors: {} },
  )
  const formRef = useFocusOnProblem(state)
  const values = (state.values ?? initial) as Partial<AccountAddressValues>
  const error = (field: keyof AccountAddressValues) =>
    state.errors[field] ? t(`errors.${state.errors[field]}`) : undefined
  const provinceError = error("province")

  return (
    <form
      ref={formRef}
      action={action}
      noValidate
      className={styles.form}
      aria-busy={pending}
    >
      <FormFeedback state={state} />
      {addressId && <input type="hidden" name="address_id" value={addressId} />}

      <fieldset className={styles.fieldset}>
        <legend>{t("addresses.recipientHeading")}</legend>
        <div className={styles.grid}>
          <TextField
            name="full_name"
            label={t("fields.full_name")}
            value={values.full_name}
            error={error("full_name")}
            autoComplete="name"
          />
          <TextField
            name="phone"
            type="tel"
            label={t("fields.phone")}
            value={values.phone}
            error={error("phone")}
            hint={t("hints.phone")}
            autoComplete="tel"
            inputMode="tel"
          />
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>{t("addresses.addressHeading")}</legend>
        <div className={styles.grid}>
          <div className={`${styles.field} ${styles.wide}`}>
            <label htmlFor="province">{t("fields.province")}</label>
            {/* Without the backend's list the buyer types it; the backend checks the name. */}
            {provinces.length > 0 ? (
              <select
                // A new key per answer: React's form reset would otherwise bring back
                // the province the page first rendered with.
                key={values.province}
                id="province"
                name="province"
                defaultValue={values.province}
                autoComplete="address-level1"
                required
                aria-invalid={provinceError ? true : undefined}
                aria-describedby={provinceError ? "province-error" : undefined}
              >
                <option value="">{t("addresses.chooseProvince")}</option>
                {provinces.map((province) => (
                  <option key={province} value={province}>
                    {province}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id="province"
                name="province"
                defaultValue={values.province}
                autoComplete="address-level1"
                required
                aria-invalid={provinceError ? true : undefined}
                aria-describedby={provinceError ? "province-error" : undefined}
              />
            )}
            {provinceError && (
              <p id="province-error" className={styles.error}>
                {provinceError}
              </p>
            )}
          </div>
          <TextField
            name="city"
            label={t("fields.city")}
            value={values.city}
            error={error("city")}
            autoComplete="address-level2"
          />
          <TextField
            name="district"
            label={t("fields.district")}
            value={values.district}
            error={error("district")}
            hint={t("hints.district")}
            autoComplete="address-level3"
          />
          <TextField
            name="address_1"
            label={t("fields.address_1")}
            value={values.address_1}
            error={error("address_1")}
            hint={t("hints.address_1")}
            autoComplete="street-address"
            wide
          />
          <TextField
            name="postal_code"
            label={t("fields.postal_code")}
            value={values.postal_code}
            error={error("postal_code")}
            autoComplete="postal-code"
            inputMode="numeric"
            maxLength={5}
          />
        </div>
      </fieldset>

      <button type="submit" className={styles.primary} disabled={pending}>
        {pending ? t("saving") : t("addresses.submit")}
      </button>
    </form>
  )
}
