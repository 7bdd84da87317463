import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Button, Heading, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { MinimumOrderForm } from "../components/wholesale/minimum-order-form"
import { formatCount } from "../lib/format"
import { t } from "../lib/i18n"
import { useProductWholesale } from "../lib/wholesale"

/** The product's minimum order quantity for partner shops' carts. */
const ProductWholesaleWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const wholesale = useProductWholesale(data.id)
  const [isEditing, setIsEditing] = useState(false)
  const minimum = wholesale.data?.minimum_order_quantity

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h2">{t.wholesaleWidget.title}</Heading>
        {!isEditing && (
          <Button
            size="small"
            variant="secondary"
            disabled={!wholesale.data}
            onClick={() => setIsEditing(true)}
          >
            {t.common.edit}
          </Button>
        )}
      </div>
      <div className="px-6 py-4">
        {wholesale.error ? (
          <Alert variant="error">{wholesale.error.message}</Alert>
        ) : minimum === undefined ? (
          <Text size="small" className="text-ui-fg-muted">
            {t.common.loading}
          </Text>
        ) : isEditing ? (
          <MinimumOrderForm
            productId={data.id}
            current={minimum}
            onClose={() => setIsEditing(false)}
          />
        ) : (
          <div className="grid grid-cols-2 items-center gap-4">
            <Text
              size="small"
              weight="plus"
              leading="compact"
              className="text-ui-fg-subtle"
            >
              {t.wholesaleWidget.minimumOrderQuantity}
            </Text>
            <Text size="small" leading="compact">
              {minimum === null
                ? t.wholesaleWidget.none
                : t.wholesaleWidget.units(formatCount(minimum))}
            </Text>
          </div>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductWholesaleWidget
