import { getLocale, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { BankTransfer } from "@/lib/data/orders"
import { formatRupiah } from "@/lib/money"
import { formatJakartaDateTime } from "@/lib/util/jakarta-time"

import styles from "./order-details.module.css"

/** Where a bank transfer stands and, while it is awaited, what to transfer where. */
export async function TransferStatus({
  transfer,
  orderId,
}: {
  transfer: BankTransfer
  orderId: string
}) {
  const [t, locale] = await Promise.all([
    getTranslations("account.transfer"),
    getLocale(),
  ])
  const amount = formatRupiah(transfer.amount)
  const deadline = transfer.deadline
    ? formatJakartaDateTime(transfer.deadline, locale)
    : null
  const awaiting = transfer.status === "awaiting_payment"

  return (
    <section
      aria-labelledby="transfer-heading"
      className={awaiting ? `${styles.transfer} ${styles.awaiting}` : styles.transfer}
      data-testid="transfer-status"
    >
      <h2 id="transfer-heading">{t("heading")}</h2>
      <p>
        {t("statusLabel")}: <strong>{t(`status.${transfer.status}`)}</strong>
      </p>
      {awaiting && (
        <>
          <p>{t("instruction", { amount })}</p>
          <dl className={styles.details}>
            <div>
              <dt>{t("bank")}</dt>
              <dd>{transfer.bank_name}</dd>
            </div>
            <div>
              <dt>{t("account")}</dt>
              <dd className={styles.mono}>{transfer.account_number}</dd>
            </div>
            <div>
              <dt>{t("holder")}</dt>
              <dd>{transfer.account_holder}</dd>
            </div>
            <div>
              <dt>{t("amount")}</dt>
              <dd>{amount}</dd>
            </div>
            <div>
              <dt>{t("reference")}</dt>
              <dd className={styles.mono}>{transfer.reference}</dd>
            </div>
            {deadline && (
              <div>
                <dt>{t("deadline")}</dt>
                <dd>{deadline}</dd>
              </div>
            )}
          </dl>
          <Link href={`/pesanan/${orderId}`}>{t("fullInstructions")}</Link>
        </>
      )}
    </section>
  )
}
