import { Button, Container, Label } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { canonicalProvince, PROVINCES } from "../../../modules/shipping-rates/provinces"
import { formatRupiah } from "../../lib/format"
import { t } from "../../lib/i18n"
import { PAGE_SIZE, useFacilityOptions } from "../../lib/queries"
import { useShippingRates, type ShippingRate } from "../../lib/shipping-rates"
import { OptionSelect } from "../provenance/option-select"
import { PaginatedTable, type Column } from "../provenance/paginated-table"
import { SectionHeader } from "../provenance/section-header"
import { RateForm } from "./rate-form"

const PROVINCE_OPTIONS = PROVINCES.map((name) => ({ value: name, label: name }))

/**
 * Staff price from where their goods leave, so the table opens on the province
 * of the first facility. The chosen provinces live in the URL so a reload or a
 * shared link lands on the same rows.
 */
function useProvinceFilters() {
  const [searchParams, setSearchParams] = useSearchParams()
  const facilities = useFacilityOptions()
  const fallback = facilities.isPending
    ? ""
    : (canonicalProvince(facilities.data?.facilities[0]?.province) ?? PROVINCES[0])
  const origin = canonicalProvince(searchParams.get("origin")) ?? fallback
  const destination = canonicalProvince(searchParams.get("destination")) ?? ""

  const setFilter = (key: "origin" | "destination") => (value: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value) next.set(key, value)
        else next.delete(key)
        return next
      },
      { replace: true },
    )

  return {
    origin,
    destination,
    setOrigin: setFilter("origin"),
    setDestination: setFilter("destination"),
  }
}

export function RatesSection() {
  const { origin, destination, setOrigin, setDestination } = useProvinceFilters()
  const [pageIndex, setPageIndex] = useState(0)
  const [editing, setEditing] = useState<ShippingRate | null>(null)
  const rates = useShippingRates({
    origin_province: origin,
    destination_province: destination,
    offset: pageIndex * PAGE_SIZE,
  })

  const filter = (set: (value: string) => void) => (value: string) => {
    set(value)
    setPageIndex(0)
  }

  const columns: Column<ShippingRate>[] = [
    {
      key: "destination",
      header: t.shipping.destination,
      render: (rate) => rate.destination_province,
    },
    {
      key: "courier_first_kg",
      header: t.shipping.courierFirstKg,
      numeric: true,
      render: (rate) => formatRupiah(rate.courier_first_kg),
    },
    {
      key: "courier_next_kg",
      header: t.shipping.courierNextKg,
      numeric: true,
      render: (rate) => formatRupiah(rate.courier_next_kg),
    },
    {
      key: "freight_per_kg",
      header: t.shipping.freightPerKg,
      numeric: true,
      render: (rate) => formatRupiah(rate.freight_per_kg),
    },
    {
      key: "eta",
      header: t.shipping.eta,
      render: (rate) => t.shipping.days(rate.eta_min_days, rate.eta_max_days),
    },
    {
      key: "edit",
      header: "",
      render: (rate) => (
        <Button variant="transparent" size="small" onClick={() => setEditing(rate)}>
          {t.common.edit}
        </Button>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.shipping.ratesTitle}>
        <div className="flex items-center gap-2">
          <Label htmlFor="shipping-origin" size="small" weight="plus">
            {t.shipping.origin}
          </Label>
          <div className="w-56">
            <OptionSelect
              id="shipping-origin"
              size="small"
              value={origin}
              onChange={filter(setOrigin)}
              options={PROVINCE_OPTIONS}
              disabled={!origin}
            />
          </div>
        </div>
        <div className="flex items-center gap-2">
          <Label htmlFor="shipping-destination" size="small" weight="plus">
            {t.shipping.destination}
          </Label>
          <div className="w-56">
            <OptionSelect
              id="shipping-destination"
              size="small"
              value={destination}
              onChange={filter(setDestination)}
              options={PROVINCE_OPTIONS}
              allLabel={t.shipping.allDestinations}
            />
          </div>
        </div>
      </SectionHeader>
      <PaginatedTable
        columns={columns}
        rows={rates.data?.shipping_rates}
        rowKey={(rate) => rate.id}
        isLoading={rates.isLoading || !origin}
        error={rates.error}
        pagination={{
          count: rates.data?.count ?? 0,
          pageIndex,
          onPageChange: setPageIndex,
        }}
      />
      {editing && <RateForm rate={editing} onClose={() => setEditing(null)} />}
    </Container>
  )
}
