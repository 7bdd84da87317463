import { Button, Container, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatCount } from "../../lib/format"
import { t } from "../../lib/i18n"
import { PAGE_SIZE } from "../../lib/queries"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { useSearchParam } from "../../lib/use-search-param"
import { usePartnerShops, type PartnerShop } from "../../lib/wholesale"
import { PaginatedTable, type Column } from "../provenance/paginated-table"
import { SectionHeader } from "../provenance/section-header"
import { ShopDrawer } from "./shop-drawer"
import { PartnerShopStatusBadge } from "./status-badges"

export function ShopsSection() {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const [pageIndex, setPageIndex] = useState(0)
  // In the URL, so an approved application can link straight to its shop.
  const [openId, setOpenId] = useSearchParam("shop")
  const shops = usePartnerShops({ q, offset: pageIndex * PAGE_SIZE })

  const columns: Column<PartnerShop>[] = [
    {
      key: "business_name",
      header: t.partnerShop.businessName,
      render: (shop) => (
        <div className="flex flex-col">
          <Text size="small" leading="compact" weight="plus">
            {shop.business_name}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {shop.email}
          </Text>
        </div>
      ),
    },
    {
      key: "npwp",
      header: t.partnerShop.npwp,
      render: (shop) => <span className="font-mono">{shop.npwp}</span>,
    },
    { key: "city", header: t.partnerShop.city, render: (shop) => shop.city },
    {
      key: "group",
      header: t.partnerShop.group,
      render: (shop) => shop.customer_group?.name ?? t.partnerShop.noGroup,
    },
    {
      key: "terms",
      header: t.partnerShop.paymentTerms,
      render: (shop) => t.paymentTerms.days(shop.payment_terms_days),
    },
    {
      key: "buyers",
      header: t.partnerShop.buyers,
      numeric: true,
      render: (shop) => formatCount(shop.buyers?.length ?? 0),
    },
    {
      key: "status",
      header: t.partnerShop.status,
      render: (shop) => <PartnerShopStatusBadge status={shop.status} />,
    },
    {
      key: "open",
      header: "",
      render: (shop) => (
        <Button variant="transparent" size="small" onClick={() => setOpenId(shop.id)}>
          {t.partnerShop.open}
        </Button>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.partners.shopsTab}>
        <Input
          type="search"
          size="small"
          placeholder={t.partnerShop.searchPlaceholder}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value)
            setPageIndex(0)
          }}
        />
      </SectionHeader>
      <PaginatedTable
        columns={columns}
        rows={shops.data?.partner_shops}
        rowKey={(shop) => shop.id}
        isLoading={shops.isLoading}
        error={shops.error}
        pagination={{
          count: shops.data?.count ?? 0,
          pageIndex,
          onPageChange: setPageIndex,
        }}
      />
      {openId && <ShopDrawer shopId={openId} onClose={() => setOpenId(null)} />}
    </Container>
  )
}
