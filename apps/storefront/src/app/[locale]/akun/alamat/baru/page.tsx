import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { AccountShell } from "@/modules/account/components/account-shell"
import { AddressForm } from "@/modules/account/components/address-form"
import { FormMessages } from "@/modules/account/components/form-messages"
import { accountProvinces } from "@/modules/account/provinces"
import { requireCustomer } from "@/modules/account/require-customer"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account.meta" })
  return { title: t("newAddress") }
}

export default async function NewAddressPage() {
  const customer = await requireCustomer("/akun/alamat/baru")
  const [t, provinces] = await Promise.all([
    getTranslations("account.addresses"),
    accountProvinces(),
  ])
  // The recipient is most often the customer.
  const initial = {
    full_name: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
    phone: customer.phone ?? "",
    province: "",
    city: "",
    district: "",
    address_1: "",
    postal_code: "",
  }

  return (
    <AccountShell current="addresses" nested heading={t("newHeading")}>
      <FormMessages section="addresses">
        <AddressForm initial={initial} provinces={provinces} />
      </FormMessages>
      <p>
        <Link href="/akun/alamat">{t("back")}</Link>
      </p>
    </AccountShell>
  )
}
