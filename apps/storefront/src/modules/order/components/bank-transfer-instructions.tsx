import type { BankTransfer } from "@/lib/data/orders"
import { formatRupiah } from "@/lib/money"
import { formatJakartaDateTime } from "@/lib/util/jakarta-time"
import { orderText } from "@/modules/order/text"

import styles from "./bank-transfer-instructions.module.css"

const text = orderText.transfer

export function BankTransferInstructions({ transfer }: { transfer: BankTransfer }) {
  const amount = formatRupiah(transfer.amount)
  const deadline = transfer.deadline ? formatJakartaDateTime(transfer.deadline) : null

  if (transfer.status !== "awaiting_payment") {
    return (
      <section className={styles.transfer} aria-labelledby="instruksi-transfer">
        <h2 id="instruksi-transfer">{text.status[transfer.status]}</h2>
      </section>
    )
  }

  return (
    <section
      className={styles.transfer}
      aria-labelledby="instruksi-transfer"
      data-testid="bank-transfer"
    >
      <h2 id="instruksi-transfer">{text.heading}</h2>
      <p className={styles.instruction}>
        {text
          .instruction({
            amount: <strong>{amount}</strong>,
            bank: <strong>{transfer.bank_name}</strong>,
            account: <strong>{transfer.account_number}</strong>,
            holder: <strong>{transfer.account_holder}</strong>,
            deadline: deadline && <strong>{deadline}</strong>,
            reference: <strong>{transfer.reference}</strong>,
          })
          .map((part, index) => (
            <span key={index}>{part}</span>
          ))}
      </p>
      <dl className={styles.details}>
        <div>
          <dt>{text.details.bank}</dt>
          <dd>{transfer.bank_name}</dd>
        </div>
        <div>
          <dt>{text.details.account}</dt>
          <dd className={styles.mono}>{transfer.account_number}</dd>
        </div>
        <div>
          <dt>{text.details.holder}</dt>
          <dd>{transfer.account_holder}</dd>
        </div>
        <div>
          <dt>{text.details.amount}</dt>
          <dd>{amount}</dd>
        </div>
        <div>
          <dt>{text.details.reference}</dt>
          <dd className={styles.mono}>{transfer.reference}</dd>
        </div>
        {deadline && (
          <div>
            <dt>{text.details.deadline}</dt>
            <dd>{deadline}</dd>
          </div>
        )}
      </dl>
      <p className={styles.note}>{text.exactAmount}</p>
      <p className={styles.note}>{text.unpaidNote}</p>
    </section>
  )
}
