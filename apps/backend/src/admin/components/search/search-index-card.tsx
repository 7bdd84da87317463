import { Alert, Button, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { formatCount, formatDateTime } from "../../lib/format"
import { t } from "../../lib/i18n"
import { isRebuildRunning, useRebuildSearch, useSearchStatus } from "../../lib/search"

const SYNC_COLOR = {
  pending: "grey",
  processing: "blue",
  done: "green",
  failed: "red",
  canceled: "grey",
} as const

/** What the shop's search holds, and a button to rebuild it with its progress. */
export function SearchIndexCard() {
  const status = useSearchStatus()
  const rebuild = useRebuildSearch()
  const data = status.data
  const sync = data?.index.last_sync
  const running = isRebuildRunning(data) || rebuild.isPending
  const progress =
    sync && data.index.indexable_products > 0
      ? Math.min(100, (sync.documents_synced / data.index.indexable_products) * 100)
      : 0

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Heading level="h2">{t.search.indexTitle}</Heading>
        <Button
          size="small"
          variant="secondary"
          isLoading={running}
          disabled={!data || running}
          onClick={() => rebuild.mutate()}
        >
          {t.search.rebuild}
        </Button>
      </div>
      {status.error && (
        <div className="px-6 py-4">
          <Alert variant="error">{status.error.message}</Alert>
        </div>
      )}
      {rebuild.error && (
        <div className="px-6 py-4">
          <Alert variant="error">{rebuild.error.message}</Alert>
        </div>
      )}
      {data?.outage_since && (
        <div className="px-6 py-4">
          <Alert variant="warning">
            {t.search.outage(formatDateTime(data.outage_since))}
          </Alert>
        </div>
      )}
      {!data ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t.common.loading}
        </Text>
      ) : (
        <dl className="grid gap-4 px-6 py-4 md:grid-cols-3">
          <Figure
            label={t.search.engine}
            value={t.search.engines[data.index.engine ?? ""] ?? data.index.engine ?? "—"}
          />
          <Figure
            label={t.search.documents}
            value={
              data.index.documents === null
                ? t.search.unreachable
                : t.search.documentsOf(
                    formatCount(data.index.documents),
                    formatCount(data.index.indexable_products),
                  )
            }
          />
          <Figure
            label={t.search.indexState}
            value={t.search.indexStates[data.index.status]}
          />
        </dl>
      )}
      {sync && (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-live="polite">
          <div className="flex items-center gap-2">
            <Text size="small" weight="plus">
              {t.search.lastRebuild}
            </Text>
            <StatusBadge color={SYNC_COLOR[sync.status]}>
              {t.search.syncStates[sync.status]}
            </StatusBadge>
          </div>
          {sync.status === "processing" && (
            <progress
              className="h-2 w-full"
              max={100}
              value={progress}
              aria-label={t.search.progress}
            />
          )}
          <Text size="small" className="text-ui-fg-subtle">
            {t.search.synced(formatCount(sync.documents_synced))}
            {sync.started_at && ` · ${t.search.started(formatDateTime(sync.started_at))}`}
            {sync.completed_at &&
              ` · ${t.search.completed(formatDateTime(sync.completed_at))}`}
          </Text>
          {sync.error && <Alert variant="error">{sync.error}</Alert>}
        </div>
      )}
    </Container>
  )
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>
        <Text size="small" className="text-ui-fg-subtle">
          {label}
        </Text>
      </dt>
      <dd>
        <Text size="small" weight="plus">
          {value}
        </Text>
      </dd>
    </div>
  )
}
