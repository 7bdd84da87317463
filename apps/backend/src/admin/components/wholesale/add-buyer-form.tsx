import { Alert, Button, Input, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { t } from "../../lib/i18n"
import { useWholesaleWrite, type PartnerShop } from "../../lib/wholesale"
import { FormField } from "../provenance/form-field"

/** Enough to catch a typo; whether the account exists is the server's answer. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Makes an existing customer account a buyer of the shop, found by its e-mail. */
export function AddBuyerForm({ shopId }: { shopId: string }) {
  const [email, setEmail] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const add = useWholesaleWrite<{ email: string }, { partner_shop: PartnerShop }>(
    `/admin/partner-shops/${shopId}/buyers`,
  )

  const trimmed = email.trim()
  const error = submitted && !EMAIL.test(trimmed) ? t.partnerShop.invalidEmail : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (!EMAIL.test(trimmed)) return
    add.mutate(
      { email: trimmed },
      {
        onSuccess: () => {
          toast.success(t.partnerShop.buyerAdded(trimmed))
          setEmail("")
          setSubmitted(false)
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-3">
      <FormField
        id="shop-buyer-email"
        label={t.partnerShop.addBuyer}
        hint={t.partnerShop.buyerEmailHint}
        error={error}
      >
        <div className="flex items-center gap-2">
          <div className="min-w-0 flex-1">
            <Input
              id="shop-buyer-email"
              type="email"
              size="small"
              placeholder={t.partnerShop.buyerEmail}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={Boolean(error)}
            />
          </div>
          <Button
            type="submit"
            size="small"
            variant="secondary"
            isLoading={add.isPending}
          >
            {t.partnerShop.add}
          </Button>
        </div>
      </FormField>
      {add.error && <Alert variant="error">{add.error.message}</Alert>}
    </form>
  )
}
