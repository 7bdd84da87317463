import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { PolicyCard } from "../../components/shipping-rates/policy-card"
import { RatesSection } from "../../components/shipping-rates/rates-section"
import { t } from "../../lib/i18n"

const ShippingRatesPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading level="h1">{t.shipping.title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t.shipping.subtitle}
      </Text>
    </Container>
    <PolicyCard />
    <RatesSection />
  </div>
)

export const config = defineRouteConfig({
  label: t.shipping.title,
})

export default ShippingRatesPage
