import Link from "next/link"

import styles from "@/modules/common/components/notice.module.css"
import { orderText as text } from "@/modules/order/text"

export default function OrderNotFound() {
  return (
    <div className={styles.notice}>
      <h1 className={styles.title}>{text.notFoundTitle}</h1>
      <p>{text.notFoundBody}</p>
      <div className={styles.actions}>
        <Link href="/">{text.backHome}</Link>
      </div>
    </div>
  )
}
