import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { deleteAddress } from "@/lib/actions/account"
import { addressLines } from "@/lib/util/indonesian-address"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/account/components/account.module.css"
import { requireCustomer } from "@/modules/account/require-customer"

// What the Server Actions report back after redirecting here.
const STATUSES = ["tersimpan", "dihapus", "gagal-hapus"] as const
type Status = (typeof STATUSES)[number]

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account.meta" })
  return { title: t("addresses") }
}

export default async function AddressesPage({ searchParams }: Props) {
  const customer = await requireCustomer("/akun/alamat")
  const [t, query] = await Promise.all([
    getTranslations("account.addresses"),
    searchParams,
  ])
  const status = STATUSES.find((known) => known === query.status) as Status | undefined
  const addresses = customer.addresses ?? []

  return (
    <AccountShell current="addresses" heading={t("heading")}>
      <div role="status">
        {status && (
          <p
            className={
              status === "gagal-hapus"
                ? `${styles.notice} ${styles.noticeError}`
                : styles.notice
            }
          >
            {t(`status.${status}`)}
          </p>
        )}
      </div>
      <p className={styles.muted}>{t("intro")}</p>
      {addresses.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className={styles.cards} data-testid="address-list">
          {addresses.map((address) => {
            const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
            const lines = addressLines(address)
            // Buttons and links name the address, so a list of them stays clear when heard.
            const label = [name, lines[0]].filter(Boolean).join(", ")
            return (
              <li key={address.id} className={styles.card}>
                <address className={styles.address}>
                  <strong>{name}</strong>
                  {lines.map((line) => (
                    <span key={line}>
                      <br />
                      {line}
                    </span>
                  ))}
                  {address.phone && (
                    <>
                      <br />
                      {address.phone}
                    </>
                  )}
                </address>
                <div className={styles.cardActions}>
                  <Link
                    href={`/akun/alamat/${address.id}`}
                    aria-label={t("editLabel", { address: label })}
                  >
                    {t("edit")}
                  </Link>
                  <form action={deleteAddress}>
                    <input type="hidden" name="address_id" value={address.id} />
                    <button
                      type="submit"
                      className={styles.linkButton}
                      aria-label={t("deleteLabel", { address: label })}
                    >
                      {t("delete")}
                    </button>
                  </form>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <p>
        <Link href="/akun/alamat/baru" className={styles.button}>
          {t("add")}
        </Link>
      </p>
    </AccountShell>
  )
}
