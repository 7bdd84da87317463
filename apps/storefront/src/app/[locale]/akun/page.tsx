import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { listCustomerOrders } from "@/lib/data/customer"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/account/components/account.module.css"
import { FormMessages } from "@/modules/account/components/form-messages"
import { OrderList } from "@/modules/account/components/order-list"
import { ProfileForm } from "@/modules/account/components/profile-form"
import { requireCustomer } from "@/modules/account/require-customer"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account.meta" })
  return { title: t("account") }
}

const RECENT_ORDERS = 2

export default async function AccountPage() {
  const customer = await requireCustomer("/akun")
  const [t, recent] = await Promise.all([
    getTranslations("account.overview"),
    listCustomerOrders(RECENT_ORDERS, 0),
  ])
  const fullName = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  const addressCount = customer.addresses?.length ?? 0

  return (
    <AccountShell current="overview" heading={t("heading")}>
      <div>
        <p>{t("greeting", { name: customer.first_name || customer.email })}</p>
        <p className={styles.muted}>{t("signedInAs", { email: customer.email })}</p>
      </div>

      <section aria-labelledby="akun-profil" className={styles.box}>
        <h2 id="akun-profil">{t("profileHeading")}</h2>
        <p className={styles.muted}>{t("profileIntro")}</p>
        <FormMessages section="overview">
          <ProfileForm fullName={fullName} phone={customer.phone ?? ""} />
        </FormMessages>
      </section>

      <section aria-labelledby="akun-pesanan">
        <h2 id="akun-pesanan">{t("ordersHeading")}</h2>
        {recent.orders.length > 0 && (
          <OrderList orders={recent.orders} headingLevel={3} />
        )}
        <p>
          <Link href="/akun/pesanan">{t("ordersLink")}</Link>
        </p>
      </section>

      <section aria-labelledby="akun-alamat">
        <h2 id="akun-alamat">{t("addressesHeading")}</h2>
        <p>{t("addressCount", { count: addressCount })}</p>
        <p>
          <Link href="/akun/alamat">{t("addressesLink")}</Link>
        </p>
      </section>
    </AccountShell>
  )
}
