import { useTranslations } from "next-intl"

import { getPathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

import styles from "./batch-code-form.module.css"

/** A plain GET form: works before (and without) any JavaScript on a shop-floor phone. */
export function BatchCodeForm({
  locale,
  defaultValue,
  invalid = false,
  separated = false,
}: {
  locale: Locale
  defaultValue?: string
  invalid?: boolean
  /** Set apart from the text above it, as on the not-found page. */
  separated?: boolean
}) {
  const t = useTranslations("provenance.lookup")
  return (
    <form
      className={separated ? `${styles.form} ${styles.separated}` : styles.form}
      action={getPathname({ href: "/p", locale })}
      method="get"
    >
      <label htmlFor="batch-code" className={styles.label}>
        {t("label")}
      </label>
      <p id="batch-code-hint" className={styles.hint}>
        {t("hint")}
      </p>
      {invalid && (
        <p id="batch-code-error" className={styles.error}>
          {t("invalid")}
        </p>
      )}
      <div className={styles.row}>
        <input
          id="batch-code"
          className={styles.input}
          name="kode"
          type="text"
          required
          maxLength={16}
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={
            invalid ? "batch-code-hint batch-code-error" : "batch-code-hint"
          }
        />
        <button type="submit" className={styles.submit}>
          {t("submit")}
        </button>
      </div>
    </form>
  )
}
