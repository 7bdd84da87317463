import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import {
  addedQuantity,
  refusalText,
  type RowResult,
} from "@/modules/partner/util/row-result"

import styles from "./partner.module.css"

type Props = {
  result: RowResult
  /** The quick order table keeps refused rows for correcting; it says so here. */
  note?: string
}

/**
 * What went into the cart and which rows did not, row by row. It sits inside the form's
 * live region, so the summary and the refused rows are announced when they arrive.
 */
export function RowResultView({ result, note }: Props) {
  const t = useTranslations("partner.rowResult")
  const { added, errors } = result
  return (
    <>
      <p>
        {t("summary", { count: added.length, units: addedQuantity(result) })}{" "}
        {added.length > 0 && <Link href="/keranjang">{t("viewCart")}</Link>}
      </p>
      {errors.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{t("errorsCaption", { count: errors.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.row")}</th>
                <th scope="col">{t("columns.sku")}</th>
                <th scope="col">{t("columns.message")}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, index) => (
                <tr key={`${error.row}-${index}`}>
                  <th scope="row">{error.row}</th>
                  <td className={styles.mono}>{error.sku ?? t("noSku")}</td>
                  <td>{refusalText(t, error)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {note && errors.length > 0 && <p className={styles.muted}>{note}</p>}
      {added.length > 0 && (
        <details>
          <summary>{t("addedDetails")}</summary>
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t("columns.row")}</th>
                  <th scope="col">{t("columns.sku")}</th>
                  <th scope="col">{t("columns.quantity")}</th>
                </tr>
              </thead>
              <tbody>
                {added.map((row) => (
                  <tr key={`${row.row}-${row.variant_id}`}>
                    <th scope="row">{row.row}</th>
                    <td className={styles.mono}>{row.sku}</td>
                    <td>{row.quantity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  )
}
