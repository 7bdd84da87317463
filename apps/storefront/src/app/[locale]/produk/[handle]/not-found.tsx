import Link from "next/link"

import styles from "@/modules/common/components/notice.module.css"
import { productText as text } from "@/modules/products/text"

export default function ProductNotFound() {
  return (
    <div className={styles.notice}>
      <h1 className={styles.title}>{text.notFoundTitle}</h1>
      <p>{text.notFoundBody}</p>
      <div className={styles.actions}>
        <Link href="/produk">{text.browseAll}</Link>
      </div>
    </div>
  )
}
