import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link, redirect } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import styles from "@/modules/account/components/account.module.css"
import { FormMessages } from "@/modules/account/components/form-messages"
import { RegisterForm } from "@/modules/account/components/register-form"
import { RETURN_PARAM, safeReturnPath } from "@/modules/account/util/return-path"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account.meta" })
  return { title: t("register") }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  const returnTo = safeReturnPath(query[RETURN_PARAM])
  if (await retrieveCustomer()) {
    redirect({ href: returnTo, locale })
  }
  const t = await getTranslations("account.register")
  const loginHref = query[RETURN_PARAM]
    ? { pathname: "/akun/masuk", query: { [RETURN_PARAM]: returnTo } }
    : "/akun/masuk"

  return (
    <div className={`${styles.shell} ${styles.narrow}`}>
      <h1>{t("heading")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      <FormMessages section="register">
        <RegisterForm returnTo={returnTo} />
      </FormMessages>
      <p>
        {t("haveAccount")} <Link href={loginHref}>{t("logIn")}</Link>
      </p>
    </div>
  )
}
