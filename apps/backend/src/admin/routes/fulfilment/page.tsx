import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Alert, Container, Heading, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { FulfilmentQueue } from "../../components/fulfilment/fulfilment-queue"
import { FulfilmentIcon } from "../../components/fulfilment/icons"
import { OptionSelect } from "../../components/provenance/option-select"
import { useStaffScope } from "../../lib/fulfilment"
import { t } from "../../lib/i18n"
import { useFacilityNames } from "../../lib/staff"
import { useSearchParam } from "../../lib/use-search-param"

function Header({ children }: { children?: ReactNode }) {
  return (
    <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
      <div>
        <Heading level="h1">{t.fulfilment.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.fulfilment.subtitle}
        </Text>
      </div>
      {children}
    </Container>
  )
}

function Notice({ children }: { children: ReactNode }) {
  return (
    <Container className="px-6 py-4">
      <Text size="small" className="text-ui-fg-muted">
        {children}
      </Text>
    </Container>
  )
}

/** Head office works one facility's queue at a time, the first one to begin with. */
function HeadOfficeFulfilment() {
  const facilities = useFacilityNames()
  // The facility lives in the URL so a reload stays on it.
  const [requested, setRequested] = useSearchParam("facility")
  const { options } = facilities
  const facilityId =
    options.find((option) => option.value === requested)?.value ?? options[0]?.value

  let queue: ReactNode
  if (facilities.error) {
    queue = <Alert variant="error">{facilities.error.message}</Alert>
  } else if (facilityId) {
    queue = <FulfilmentQueue key={facilityId} facilityId={facilityId} linkOrders />
  } else {
    queue = (
      <Notice>
        {facilities.isLoading ? t.common.loading : t.fulfilment.noFacilities}
      </Notice>
    )
  }

  return (
    <>
      <Header>
        <div className="flex items-center gap-x-3">
          <Label htmlFor="fulfilment-facility" size="small" weight="plus">
            {t.fulfilment.facility}
          </Label>
          <div className="w-64">
            <OptionSelect
              id="fulfilment-facility"
              size="small"
              value={facilityId ?? ""}
              onChange={setRequested}
              options={options}
              disabled={facilities.isLoading}
            />
          </div>
        </div>
      </Header>
      {queue}
    </>
  )
}

const FulfilmentPage = () => {
  const scope = useStaffScope()

  let content: ReactNode
  if (scope.error) {
    content = (
      <>
        <Header />
        <Alert variant="error">{scope.error.message}</Alert>
      </>
    )
  } else if (!scope.data) {
    content = (
      <>
        <Header />
        <Notice>{t.common.loading}</Notice>
      </>
    )
  } else if (scope.data.role === "head_office") {
    content = <HeadOfficeFulfilment />
  } else {
    // Facility staff are bound to their facility, so there is nothing to choose.
    const facilityId = scope.data.facility_id
    content = (
      <>
        <Header />
        {facilityId ? (
          <FulfilmentQueue facilityId={facilityId} linkOrders={false} />
        ) : (
          <Alert variant="warning">{t.fulfilment.noFacility}</Alert>
        )}
      </>
    )
  }

  return <div className="flex flex-col gap-y-3">{content}</div>
}

export const config = defineRouteConfig({
  label: t.fulfilment.title,
  icon: FulfilmentIcon,
})

export default FulfilmentPage
