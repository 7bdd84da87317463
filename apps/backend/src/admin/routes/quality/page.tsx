import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { CertificatesSection } from "../../components/quality/certificates-section"
import { OverviewSection } from "../../components/quality/overview-section"
import { StandardsSection } from "../../components/quality/standards-section"
import { t } from "../../lib/i18n"

const TABS = ["overview", "certificates", "standards"] as const

type Tab = (typeof TABS)[number]

const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab)

const QualityPage = () => {
  // The open tab lives in the URL so a reload or a shared link lands on it.
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = searchParams.get("tab")
  const tab: Tab = isTab(requested) ? requested : "overview"

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t.quality.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.quality.subtitle}
        </Text>
      </Container>
      <Tabs value={tab} onValueChange={(value) => setSearchParams({ tab: value })}>
        <Tabs.List>
          <Tabs.Trigger value="overview">{t.quality.overviewTab}</Tabs.Trigger>
          <Tabs.Trigger value="certificates">{t.certificate.tab}</Tabs.Trigger>
          <Tabs.Trigger value="standards">{t.standard.tab}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="overview" className="mt-3">
          <OverviewSection />
        </Tabs.Content>
        <Tabs.Content value="certificates" className="mt-3">
          <CertificatesSection />
        </Tabs.Content>
        <Tabs.Content value="standards" className="mt-3">
          <StandardsSection />
        </Tabs.Content>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({
  label: t.quality.title,
})

export default QualityPage
