import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { SearchIndexCard } from "../../components/search/search-index-card"
import { t } from "../../lib/i18n"

const SearchPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading level="h1">{t.search.title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t.search.subtitle}
      </Text>
    </Container>
    <SearchIndexCard />
  </div>
)

export const config = defineRouteConfig({
  label: t.search.title,
})

export default SearchPage
