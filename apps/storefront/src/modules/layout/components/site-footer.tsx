import styles from "./site-footer.module.css"

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p className={styles.privacy}>
          Para pembuat hanya ditampilkan sebagai bengkel kerja, tidak pernah dengan nama
          atau identitas pribadi mereka.
        </p>
        <p className={styles.copy}>Karya Warga Binaan</p>
      </div>
    </footer>
  )
}
