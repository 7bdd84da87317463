"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef } from "react"

import { Link } from "@/i18n/navigation"
import { type ApplicationFormState, applyForPartnership } from "@/lib/actions/partner"
import { useFocusOnProblem } from "@/modules/account/components/form-feedback"
import { TextField } from "@/modules/account/components/text-field"
import type {
  ApplicationField,
  ApplicationValues,
} from "@/modules/partner/util/application-form"

import styles from "@/modules/common/components/form.module.css"

type Props = {
  initial: ApplicationValues
  provinces: string[]
  /** A logged-in applicant can follow the application in their account. */
  loggedIn: boolean
}

/**
 * The partner application. The browser checks only what HTML can (required fields, the
 * postal code's five digits); the backend checks the rest and its words show next to the
 * field they are about.
 */
export function PartnerApplicationForm({ initial, provinces, loggedIn }: Props) {
  const t = useTranslations("partner.apply")
  const [state, action, pending] = useActionState<ApplicationFormState, FormData>(
    applyForPartnership,
    { status: "idle", values: initial, errors: {} },
  )
  const formRef = useFocusOnProblem(state)
  const thanksRef = useRef<HTMLHeadingElement>(null)
  const sent = state.status === "sent"
  useEffect(() => {
    if (sent) {
      thanksRef.current?.focus()
    }
  }, [sent])

  const values = state.values
  const field = (name: ApplicationField) => ({
    name,
    label: t(`fields.${name}`),
    value: values[name],
    error: state.errors[name],
  })
  const hasFieldErrors = Object.keys(state.errors).length > 0
  const provinceError = state.errors.province
  const notesError = state.errors.notes
  const notesDescribed = [notesError && "notes-error", "notes-hint"].filter(Boolean)

  return (
    <>
      {/* Present before it fills, so screen readers announce the thanks. */}
      <div role="status">
        {sent && (
          <div className={styles.success}>
            <h3 ref={thanksRef} tabIndex={-1}>
              {t("thanksHeading")}
            </h3>
            <p>{t("thanksText", { business: state.businessName ?? "" })}</p>
            {loggedIn && (
              <p>
                {t.rich("thanksAccount", {
                  link: (chunks) => <Link href="/akun/mitra">{chunks}</Link>,
                })}
              </p>
            )}
          </div>
        )}
      </div>
      {!sent && (
        <form ref={formRef} action={action} className={styles.form} aria-busy={pending}>
          {hasFieldErrors && (
            <p role="alert" className={styles.alert}>
              {t("errorSummary")}
            </p>
          )}
          {state.error && (
            <p role="alert" className={styles.alert} tabIndex={-1} data-form-alert>
              {state.error === "refused" ? t("refused") : t("failed")}
              {state.detail ? ` ${state.detail}` : null}
            </p>
          )}
          <p className={styles.hint}>{t("requiredNote")}</p>

          <fieldset className={styles.fieldset}>
            <legend>{t("businessHeading")}</legend>
            <div className={styles.grid}>
              <TextField {...field("business_name")} autoComplete="organization" wide />
              <TextField
                {...field("npwp")}
                hint={t("hints.npwp")}
                autoComplete="off"
                inputMode="numeric"
                maxLength={24}
              />
            </div>
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend>{t("contactHeading")}</legend>
            <div className={styles.grid}>
              <TextField {...field("contact_name")} autoComplete="name" wide />
              <TextField
                {...field("email")}
                type="email"
                autoComplete="email"
                inputMode="email"
              />
              <TextField
                {...field("phone")}
                type="tel"
                hint={t("hints.phone")}
                autoComplete="tel"
                inputMode="tel"
              />
            </div>
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend>{t("addressHeading")}</legend>
            <div className={styles.grid}>
              <TextField
                {...field("address_1")}
                hint={t("hints.address_1")}
                autoComplete="address-line1"
                wide
              />
              <TextField
                {...field("address_2")}
                hint={t("hints.address_2")}
                autoComplete="address-line2"
                required={false}
                wide
              />
              <TextField {...field("city")} autoComplete="address-level2" />
              <div className={styles.field}>
                <label htmlFor="province">{t("fields.province")}</label>
                {/* Without the backend's list the applicant types it; the backend checks it. */}
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
                    <option value="">{t("chooseProvince")}</option>
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
                {...field("postal_code")}
                hint={t("hints.postal_code")}
                autoComplete="postal-code"
                inputMode="numeric"
                pattern="[0-9]{5}"
                maxLength={5}
              />
            </div>
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend>{t("volumeHeading")}</legend>
            <div className={styles.grid}>
              <TextField
                {...field("expected_monthly_volume")}
                type="number"
                min={1}
                hint={t("hints.expected_monthly_volume")}
                autoComplete="off"
                inputMode="numeric"
                wide
              />
              <div className={`${styles.field} ${styles.wide}`}>
                <label htmlFor="notes">{t("fields.notes")}</label>
                <textarea
                  id="notes"
                  name="notes"
                  rows={4}
                  maxLength={2000}
                  defaultValue={values.notes}
                  aria-invalid={notesError ? true : undefined}
                  aria-describedby={notesDescribed.join(" ")}
                />
                <p id="notes-hint" className={styles.hint}>
                  {t("hints.notes")}
                </p>
                {notesError && (
                  <p id="notes-error" className={styles.error}>
                    {notesError}
                  </p>
                )}
              </div>
            </div>
          </fieldset>

          <button type="submit" className={styles.primary} disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </button>
        </form>
      )}
    </>
  )
}
