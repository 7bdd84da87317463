import { Alert, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../../lib/format"
import { t } from "../../lib/i18n"
import { formatAddress, usePartnerShop, type PartnerShop } from "../../lib/wholesale"
import { AddBuyerForm } from "./add-buyer-form"
import { DetailDrawer } from "./detail-drawer"
import { DetailList } from "./detail-list"
import { ShopSettingsForm } from "./shop-settings-form"

type ShopDrawerProps = { shopId: string; onClose: () => void }

/**
 * A partner shop's details, its settings and its buyer accounts. It reads the
 * shop itself, so every save shows what the server kept.
 */
export function ShopDrawer({ shopId, onClose }: ShopDrawerProps) {
  const shop = usePartnerShop(shopId)
  const current = shop.data?.partner_shop

  return (
    <DetailDrawer
      title={current?.business_name ?? t.partners.shopsTab}
      description={current ? t.partnerShop.since(formatDate(current.created_at)) : ""}
      onClose={onClose}
    >
      {shop.error ? (
        <Alert variant="error">{shop.error.message}</Alert>
      ) : !current ? (
        <Text size="small" className="text-ui-fg-muted">
          {t.common.loading}
        </Text>
      ) : (
        <>
          <DetailList
            title={t.partnerShop.details}
            details={[
              {
                label: t.partnerShop.npwp,
                value: <span className="font-mono">{current.npwp}</span>,
              },
              { label: t.partnerShop.contactName, value: current.contact_name },
              { label: t.partnerShop.email, value: current.email },
              { label: t.partnerShop.phone, value: current.phone },
              { label: t.partnerShop.address, value: formatAddress(current) },
            ]}
          />
          {/* Keyed by the saved values, so the form restarts from what the server kept. */}
          <ShopSettingsForm key={settingsKey(current)} shop={current} />
          <Buyers shop={current} />
        </>
      )}
    </DetailDrawer>
  )
}

const settingsKey = (shop: PartnerShop) =>
  [shop.status, shop.payment_terms_days, shop.customer_group?.id].join(":")

const buyerName = (buyer: PartnerShop["buyers"][number]) =>
  [buyer.first_name, buyer.last_name].filter(Boolean).join(" ")

function Buyers({ shop }: { shop: PartnerShop }) {
  return (
    <section className="flex flex-col gap-y-3 border-t pt-4">
      <Heading level="h3">{t.partnerShop.buyers}</Heading>
      {shop.buyers.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t.partnerShop.noBuyers}
        </Text>
      ) : (
        <ul className="flex flex-col divide-y rounded-lg border">
          {shop.buyers.map((buyer) => (
            <li key={buyer.id} className="flex flex-col px-3 py-2">
              <Link
                to={`/customers/${buyer.id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
              >
                {buyerName(buyer) || buyer.email}
              </Link>
              {buyerName(buyer) && (
                <Text size="small" leading="compact" className="text-ui-fg-subtle">
                  {buyer.email}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
      <AddBuyerForm shopId={shop.id} />
    </section>
  )
}
