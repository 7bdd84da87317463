import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { Link } from "@/i18n/navigation"
import { fromMedusaAddress } from "@/lib/util/indonesian-address"
import { AccountShell } from "@/modules/account/components/account-shell"
import { AddressForm } from "@/modules/account/components/address-form"
import { FormMessages } from "@/modules/account/components/form-messages"
import { accountProvinces } from "@/modules/account/provinces"
import { requireCustomer } from "@/modules/account/require-customer"
import { withoutEmail } from "@/modules/account/util/account-forms"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account.meta" })
  return { title: t("editAddress") }
}

export default async function EditAddressPage({ params }: Props) {
  const { id } = await params
  const customer = await requireCustomer(`/akun/alamat/${encodeURIComponent(id)}`)
  // Only the customer's own addresses are in their record.
  const address = customer.addresses?.find((candidate) => candidate.id === id)
  if (!address) {
    notFound()
  }
  const [t, provinces] = await Promise.all([
    getTranslations("account.addresses"),
    accountProvinces(),
  ])
  const initial = withoutEmail(fromMedusaAddress(null, address))

  return (
    <AccountShell current="addresses" nested heading={t("editHeading")}>
      <FormMessages section="addresses">
        <AddressForm addressId={address.id} initial={initial} provinces={provinces} />
      </FormMessages>
      <p>
        <Link href="/akun/alamat">{t("back")}</Link>
      </p>
    </AccountShell>
  )
}
