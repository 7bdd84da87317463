import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { listCustomerOrders } from "@/lib/data/customer"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/account/components/account.module.css"
import { OrderList } from "@/modules/account/components/order-list"
import { requireCustomer } from "@/modules/account/require-customer"
import { parsePage } from "@/modules/account/util/account-forms"

const ORDERS_PER_PAGE = 10

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account.meta" })
  return { title: t("orders") }
}

const pageHref = (page: number) =>
  page > 1
    ? { pathname: "/akun/pesanan", query: { halaman: String(page) } }
    : "/akun/pesanan"

export default async function OrdersPage({ searchParams }: Props) {
  const page = parsePage((await searchParams).halaman)
  await requireCustomer(page > 1 ? `/akun/pesanan?halaman=${page}` : "/akun/pesanan")
  const [t, { orders, count }] = await Promise.all([
    getTranslations("account.orders"),
    listCustomerOrders(ORDERS_PER_PAGE, (page - 1) * ORDERS_PER_PAGE),
  ])
  const pages = Math.max(1, Math.ceil(count / ORDERS_PER_PAGE))

  return (
    <AccountShell current="orders" heading={t("heading")}>
      {orders.length === 0 ? (
        <p>
          {t("empty")} <Link href="/produk">{t("browse")}</Link>
        </p>
      ) : (
        <OrderList orders={orders} />
      )}
      {pages > 1 && (
        <nav aria-label={t("pagination")} className={styles.pagination}>
          {page > 1 && <Link href={pageHref(page - 1)}>{t("previous")}</Link>}
          <span aria-current="page">{t("page", { page, pages })}</span>
          {page < pages && <Link href={pageHref(page + 1)}>{t("next")}</Link>}
        </nav>
      )}
    </AccountShell>
  )
}
