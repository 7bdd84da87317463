import { AdminApiError, adminUrl, serverMessage, type Query } from "./client"

/** Data rows received so far, and how many the server announced (null if it did not). */
export type CsvProgress = { rows: number; total: number | null }

const NEWLINE = 0x0a

/*
 * A newline byte never occurs inside a multi-byte UTF-8 character, so counting
 * bytes counts lines without decoding. A quoted cell holding a line break would
 * count twice; progress is capped at the total, so it can only run a little early.
 */
function countNewlines(chunk: Uint8Array): number {
  let count = 0
  for (const byte of chunk) if (byte === NEWLINE) count++
  return count
}

function filenameOf(disposition: string | null): string | undefined {
  return disposition?.match(/filename="([^"]+)"/)?.[1]
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url))
}

/**
 * Downloads a CSV export with the staff session, reporting rows as they arrive
 * (the server counts them in `X-Total-Rows` before it streams), then saves the
 * file under the name the server gave it. Resolves with that name.
 */
export async function downloadCsv(
  path: string,
  query: Query,
  onProgress: (progress: CsvProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  const response = await fetch(adminUrl(path, query), {
    credentials: "include",
    headers: { accept: "text/csv" },
    signal,
  })
  if (!response.ok || !response.body) {
    const body: unknown = await response.json().catch(() => null)
    throw new AdminApiError(
      serverMessage(body) ?? `${response.status} ${response.statusText}`,
      response.status,
    )
  }
  const announced = response.headers.get("X-Total-Rows")
  const total = announced === null ? null : Number(announced)
  const filename = filenameOf(response.headers.get("Content-Disposition")) ?? "export.csv"
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let lines = 0
  onProgress({ rows: 0, total })
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    lines += countNewlines(value)
    // The first line is the header; the TOTAL line after the last row is not a data row.
    const rows = Math.max(0, lines - 1)
    onProgress({ rows: total === null ? rows : Math.min(rows, total), total })
  }
  save(new Blob(chunks as BlobPart[], { type: "text/csv;charset=utf-8" }), filename)
  return filename
}
