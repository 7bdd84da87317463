import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { QuoteIcon } from "../../components/wholesale/icons"
import { QuotesSection } from "../../components/wholesale/quotes-section"
import { t } from "../../lib/i18n"

const QuotesPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading level="h1">{t.quote.title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t.quote.subtitle}
      </Text>
    </Container>
    <QuotesSection />
  </div>
)

export const config = defineRouteConfig({
  label: t.quote.title,
  icon: QuoteIcon,
})

export default QuotesPage
