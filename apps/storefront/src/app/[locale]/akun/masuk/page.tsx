import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link, redirect } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import styles from "@/modules/account/components/account.module.css"
import { FormMessages } from "@/modules/account/components/form-messages"
import { LoginForm } from "@/modules/account/components/login-form"
import { RETURN_PARAM, safeReturnPath } from "@/modules/account/util/return-path"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account.meta" })
  return { title: t("logIn") }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  const returnTo = safeReturnPath(query[RETURN_PARAM])
  if (await retrieveCustomer()) {
    redirect({ href: returnTo, locale })
  }
  const t = await getTranslations("account.logIn")
  // The way back survives a detour through the register page.
  const registerHref = query[RETURN_PARAM]
    ? { pathname: "/akun/daftar", query: { [RETURN_PARAM]: returnTo } }
    : "/akun/daftar"

  return (
    <div className={`${styles.shell} ${styles.narrow}`}>
      <h1>{t("heading")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      <FormMessages section="logIn">
        <LoginForm returnTo={returnTo} />
      </FormMessages>
      <p>
        {t("noAccount")} <Link href={registerHref}>{t("register")}</Link>
      </p>
      <p>
        {t("guest")} <Link href="/lacak-pesanan">{t("lookup")}</Link>
      </p>
    </div>
  )
}
