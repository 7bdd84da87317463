import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { BatchesSection } from "../../components/provenance/batches-section"
import { FacilitiesSection } from "../../components/provenance/facilities-section"
import { WorkshopsSection } from "../../components/provenance/workshops-section"
import { t } from "../../lib/i18n"

const TABS = ["facilities", "workshops", "batches"] as const

type Tab = (typeof TABS)[number]

const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab)

const ProvenancePage = () => {
  // The open tab lives in the URL so a reload or a shared link lands on it.
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = searchParams.get("tab")
  const tab: Tab = isTab(requested) ? requested : "facilities"

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t.provenance.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t.provenance.subtitle}
          </Text>
        </div>
        <Link
          to="/provenance/impact"
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
        >
          {t.provenance.impactLink} →
        </Link>
      </Container>
      <Tabs value={tab} onValueChange={(value) => setSearchParams({ tab: value })}>
        <Tabs.List>
          <Tabs.Trigger value="facilities">{t.facility.tab}</Tabs.Trigger>
          <Tabs.Trigger value="workshops">{t.workshop.tab}</Tabs.Trigger>
          <Tabs.Trigger value="batches">{t.batch.tab}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="facilities" className="mt-3">
          <FacilitiesSection />
        </Tabs.Content>
        <Tabs.Content value="workshops" className="mt-3">
          <WorkshopsSection />
        </Tabs.Content>
        <Tabs.Content value="batches" className="mt-3">
          <BatchesSection />
        </Tabs.Content>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({
  label: t.provenance.title,
})

export default ProvenancePage
