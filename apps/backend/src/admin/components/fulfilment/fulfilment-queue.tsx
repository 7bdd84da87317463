import { Badge, Container, Tabs } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  SHIPMENT_TABS,
  useShipments,
  type FacilityShipment,
  type ShipmentTab,
} from "../../lib/fulfilment"
import { t } from "../../lib/i18n"
import { PAGE_SIZE } from "../../lib/queries"
import { useSearchParam } from "../../lib/use-search-param"
import { ShipDrawer } from "./ship-drawer"
import { ShipmentTable } from "./shipment-table"

const isTab = (value: string | null): value is ShipmentTab =>
  SHIPMENT_TABS.includes(value as ShipmentTab)

type FulfilmentQueueProps = { facilityId: string; linkOrders: boolean }

/** One facility's shipments, a tab per stage. Mounted per facility, so paging starts over. */
export function FulfilmentQueue({ facilityId, linkOrders }: FulfilmentQueueProps) {
  // The open tab lives in the URL so a reload or a shared link lands on it.
  const [requested, setRequested] = useSearchParam("tab")
  const tab: ShipmentTab = isTab(requested) ? requested : "open"
  const [pageIndex, setPageIndex] = useState(0)
  const [shipping, setShipping] = useState<FacilityShipment | null>(null)
  const shipments = useShipments(facilityId, tab, pageIndex * PAGE_SIZE)
  const count = shipments.data?.count

  // Working through the queue moves rows off it; past its new end, go to the last page.
  useEffect(() => {
    if (count !== undefined && pageIndex > 0 && pageIndex * PAGE_SIZE >= count) {
      setPageIndex(Math.max(0, Math.ceil(count / PAGE_SIZE) - 1))
    }
  }, [count, pageIndex])

  const changeTab = (value: string) => {
    setRequested(value)
    setPageIndex(0)
  }

  return (
    <>
      <Tabs value={tab} onValueChange={changeTab}>
        <Tabs.List>
          {SHIPMENT_TABS.map((value) => (
            <Tabs.Trigger key={value} value={value} className="gap-x-2">
              {t.fulfilment.tabs[value]}
              {/* Counting every tab would cost a request each; the pager reads this one out. */}
              {value === tab && count !== undefined && (
                <Badge size="2xsmall" aria-hidden>
                  {count}
                </Badge>
              )}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {SHIPMENT_TABS.map((value) => (
          <Tabs.Content key={value} value={value} className="mt-3">
            <Container className="p-0">
              <ShipmentTable
                facilityId={facilityId}
                tab={value}
                data={shipments.data}
                isLoading={shipments.isLoading}
                error={shipments.error}
                pageIndex={pageIndex}
                onPageChange={setPageIndex}
                linkOrders={linkOrders}
                onShip={setShipping}
              />
            </Container>
          </Tabs.Content>
        ))}
      </Tabs>
      {shipping && (
        <ShipDrawer
          facilityId={facilityId}
          shipment={shipping}
          onClose={() => setShipping(null)}
        />
      )}
    </>
  )
}
