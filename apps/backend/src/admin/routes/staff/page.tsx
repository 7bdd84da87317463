import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { AuditLogSection } from "../../components/staff/audit-log-section"
import { StaffIcon } from "../../components/staff/icons"
import { StaffSection } from "../../components/staff/staff-section"
import { t } from "../../lib/i18n"

const TABS = ["staff", "audit-log"] as const

type Tab = (typeof TABS)[number]

const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab)

const StaffPage = () => {
  // The open tab lives in the URL so a reload or a shared link lands on it.
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = searchParams.get("tab")
  const tab: Tab = isTab(requested) ? requested : "staff"

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t.staff.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.staff.subtitle}
        </Text>
      </Container>
      <Tabs value={tab} onValueChange={(value) => setSearchParams({ tab: value })}>
        <Tabs.List>
          <Tabs.Trigger value="staff">{t.staff.staffTab}</Tabs.Trigger>
          <Tabs.Trigger value="audit-log">{t.staff.auditTab}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="staff" className="mt-3">
          <StaffSection />
        </Tabs.Content>
        <Tabs.Content value="audit-log" className="mt-3">
          <AuditLogSection />
        </Tabs.Content>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({
  label: t.staff.title,
  icon: StaffIcon,
})

export default StaffPage
