import { useLocale, useTranslations } from "next-intl"
import type { ReactNode } from "react"

import type { BankTransfer } from "@/lib/data/orders"
import { formatRupiah } from "@/lib/money"
import { formatJakartaDateTime } from "@/lib/util/jakarta-time"

import styles from "./bank-transfer-instructions.module.css"

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>

export function BankTransferInstructions({ transfer }: { transfer: BankTransfer }) {
  const t = useTranslations("order.transfer")
  const locale = useLocale()
  const amount = formatRupiah(transfer.amount)
  const deadline = transfer.deadline
    ? formatJakartaDateTime(transfer.deadline, locale)
    : null

  if (transfer.status !== "awaiting_payment") {
    return (
      <section className={styles.transfer} aria-labelledby="instruksi-transfer">
        <h2 id="instruksi-transfer">{t(`status.${transfer.status}`)}</h2>
      </section>
    )
  }

  return (
    <section
      className={styles.transfer}
      aria-labelledby="instruksi-transfer"
      data-testid="bank-transfer"
    >
      <h2 id="instruksi-transfer">{t("heading")}</h2>
      <p className={styles.instruction}>
        {t.rich("instruction", {
          amount,
          bank: transfer.bank_name,
          account: transfer.account_number,
          holder: transfer.account_holder,
          hasDeadline: deadline ? "yes" : "no",
          deadline: deadline ?? "",
          reference: transfer.reference,
          strong,
        })}
      </p>
      <dl className={styles.details}>
        <div>
          <dt>{t("details.bank")}</dt>
          <dd>{transfer.bank_name}</dd>
        </div>
        <div>
          <dt>{t("details.account")}</dt>
          <dd className={styles.mono}>{transfer.account_number}</dd>
        </div>
        <div>
          <dt>{t("details.holder")}</dt>
          <dd>{transfer.account_holder}</dd>
        </div>
        <div>
          <dt>{t("details.amount")}</dt>
          <dd>{amount}</dd>
        </div>
        <div>
          <dt>{t("details.reference")}</dt>
          <dd className={styles.mono}>{transfer.reference}</dd>
        </div>
        {deadline && (
          <div>
            <dt>{t("details.deadline")}</dt>
            <dd>{deadline}</dd>
          </div>
        )}
      </dl>
      <p className={styles.note}>{t("exactAmount")}</p>
      <p className={styles.note}>{t("unpaidNote")}</p>
    </section>
  )
}
