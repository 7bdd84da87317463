import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { ApplicationsSection } from "../../components/wholesale/applications-section"
import { PartnerShopIcon } from "../../components/wholesale/icons"
import { InvoicesSection } from "../../components/wholesale/invoices-section"
import { ShopsSection } from "../../components/wholesale/shops-section"
import { t } from "../../lib/i18n"

const TABS = ["applications", "shops", "invoices"] as const

type Tab = (typeof TABS)[number]

const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab)

const PartnersPage = () => {
  // The open tab lives in the URL so a reload or a shared link lands on it.
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = searchParams.get("tab")
  const tab: Tab = isTab(requested) ? requested : "applications"

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t.partners.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.partners.subtitle}
        </Text>
      </Container>
      <Tabs value={tab} onValueChange={(value) => setSearchParams({ tab: value })}>
        <Tabs.List>
          <Tabs.Trigger value="applications">{t.partners.applicationsTab}</Tabs.Trigger>
          <Tabs.Trigger value="shops">{t.partners.shopsTab}</Tabs.Trigger>
          <Tabs.Trigger value="invoices">{t.partners.invoicesTab}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="applications" className="mt-3">
          <ApplicationsSection />
        </Tabs.Content>
        <Tabs.Content value="shops" className="mt-3">
          <ShopsSection />
        </Tabs.Content>
        <Tabs.Content value="invoices" className="mt-3">
          <InvoicesSection />
        </Tabs.Content>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({
  label: t.partners.title,
  icon: PartnerShopIcon,
})

export default PartnersPage
