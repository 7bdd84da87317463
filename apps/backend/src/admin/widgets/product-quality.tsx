import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Container, Heading, Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { CertificateForm } from "../components/quality/certificate-form"
import {
  ProductBatches,
  ProductCertificates,
} from "../components/quality/product-quality-lists"
import { ProductQualityStatus } from "../components/quality/product-quality-status"
import { SectionHeader } from "../components/provenance/section-header"
import { t } from "../lib/i18n"
import { useProductQuality } from "../lib/quality-queries"

/**
 * Whether the product meets its quality standard, and what it holds toward it.
 * Staff land here when Medusa refuses to publish the product.
 */
const ProductQualityWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const quality = useProductQuality(data.id, String(data.updated_at))
  const [isAdding, setIsAdding] = useState(false)
  const current = quality.data?.quality

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title={t.qualityWidget.title}
        onCreate={() => setIsAdding(true)}
        createLabel={t.qualityWidget.addCertificate}
      />
      {quality.error ? (
        <Part>
          <Alert variant="error">{quality.error.message}</Alert>
        </Part>
      ) : !current ? (
        <Part>
          <Text size="small" className="text-ui-fg-muted">
            {t.common.loading}
          </Text>
        </Part>
      ) : (
        <>
          <Part>
            <ProductQualityStatus quality={current} />
          </Part>
          <Part title={t.qualityWidget.certificates}>
            <ProductCertificates certificates={current.certificates} />
          </Part>
          <Part title={t.qualityWidget.batches}>
            <ProductBatches batches={current.batches} />
          </Part>
        </>
      )}
      {isAdding && (
        <CertificateForm
          holder={{ type: "product", id: data.id, name: data.title }}
          onClose={() => setIsAdding(false)}
        />
      )}
    </Container>
  )
}

function Part({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      {title && <Heading level="h3">{title}</Heading>}
      {children}
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductQualityWidget
