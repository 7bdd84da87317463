import { Alert, Button, Heading, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { changedFields } from "../../lib/changes"
import { t } from "../../lib/i18n"
import {
  PARTNER_SHOP_STATUSES,
  usePartnerGroups,
  useWholesaleWrite,
  type PartnerShop,
  type PartnerShopStatus,
} from "../../lib/wholesale"
import { FormField } from "../provenance/form-field"
import { OptionSelect } from "../provenance/option-select"
import {
  PaymentTermsField,
  paymentTermsDays,
  paymentTermsOf,
  type PaymentTerms,
} from "./payment-terms-field"

type Settings = {
  status: PartnerShopStatus
  customer_group_id: string
  payment_terms_days: number
}

const savedSettings = (shop: PartnerShop): Settings => ({
  status: shop.status,
  customer_group_id: shop.customer_group?.id ?? "",
  payment_terms_days: shop.payment_terms_days,
})

/** Status, customer group and payment terms; only what changed is sent. */
export function ShopSettingsForm({ shop }: { shop: PartnerShop }) {
  const [status, setStatus] = useState(shop.status)
  const [groupId, setGroupId] = useState(shop.customer_group?.id ?? "")
  const [terms, setTerms] = useState<PaymentTerms>(() =>
    paymentTermsOf(shop.payment_terms_days),
  )
  const [submitted, setSubmitted] = useState(false)
  const groups = usePartnerGroups()
  const save = useWholesaleWrite<Partial<Settings>, { partner_shop: PartnerShop }>(
    `/admin/partner-shops/${shop.id}`,
  )

  const groupOptions = (groups.data?.customer_groups ?? []).map((group) => ({
    value: group.id,
    label: group.name,
  }))
  // A shop may sit in a group that is no longer offered for partner prices.
  if (
    shop.customer_group &&
    !groupOptions.some((o) => o.value === shop.customer_group?.id)
  ) {
    groupOptions.unshift({
      value: shop.customer_group.id,
      label: shop.customer_group.name,
    })
  }

  const days = paymentTermsDays(terms)
  const termsError = submitted && days === null ? t.paymentTerms.range : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (days === null) return
    const body = changedFields<Settings>(
      { status, customer_group_id: groupId, payment_terms_days: days },
      savedSettings(shop),
    )
    if (Object.keys(body).length === 0) return
    save.mutate(body, { onSuccess: () => toast.success(t.common.saved) })
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-4 border-t pt-4">
      <Heading level="h3">{t.partnerShop.settings}</Heading>
      <FormField
        id="shop-status"
        label={t.partnerShop.status}
        hint={t.partnerShop.statusHint}
      >
        <OptionSelect
          id="shop-status"
          value={status}
          onChange={(value) => setStatus(value as PartnerShopStatus)}
          options={PARTNER_SHOP_STATUSES.map((value) => ({
            value,
            label: t.partnerShop.statuses[value],
          }))}
        />
      </FormField>
      <FormField
        id="shop-group"
        label={t.application.group}
        hint={t.application.groupHint}
        error={groups.error?.message}
      >
        <OptionSelect
          id="shop-group"
          value={groupId}
          onChange={setGroupId}
          options={groupOptions}
          placeholder={t.partnerShop.noGroup}
          disabled={groups.isLoading}
        />
      </FormField>
      <PaymentTermsField
        id="shop-terms"
        value={terms}
        onChange={setTerms}
        error={termsError}
      />
      {save.error && <Alert variant="error">{save.error.message}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" size="small" variant="secondary" isLoading={save.isPending}>
          {t.common.save}
        </Button>
      </div>
    </form>
  )
}
