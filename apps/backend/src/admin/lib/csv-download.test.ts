import { afterEach, describe, expect, it, vi } from "vitest"
import { AdminApiError } from "./client"
import { downloadCsv, type CsvProgress } from "./csv-download"

const encoder = new TextEncoder()

function csvResponse(chunks: string[], headers: Record<string, string>) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
  return new Response(body, { status: 200, headers })
}

/** Stubs fetch and the download link; returns what was saved under which name. */
function stubBrowser(response: Response) {
  const fetchMock = vi.fn(async () => response)
  const saved: { filename?: string; blob?: Blob } = {}
  vi.stubGlobal("fetch", fetchMock)
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    saved.blob = blob as Blob
    return "blob:csv"
  })
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined)
  const link = {
    href: "",
    download: "",
    click: () => {
      saved.filename = link.download
    },
    remove: () => undefined,
  }
  vi.stubGlobal("document", {
    createElement: () => link,
    body: { appendChild: () => undefined },
  })
  return { fetchMock, saved }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe("downloadCsv", () => {
  it("reports rows against X-Total-Rows as chunks arrive, then saves the file", async () => {
    const chunks = [
      "occurred_at,amount\n2026-03-01,1",
      "000\n2026-03-02,2000\n",
      "TOTAL,3000\n",
    ]
    const { fetchMock, saved } = stubBrowser(
      csvResponse(chunks, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition":
          'attachment; filename="ledger-semua-2026-03-01-2026-03-31.csv"',
        "x-total-rows": "2",
      }),
    )
    const progress: CsvProgress[] = []
    const filename = await downloadCsv(
      "/admin/exports/ledger.csv",
      { from: "2026-03-01", to: "2026-03-31", facility_id: "" },
      (step) => progress.push(step),
    )

    expect(fetchMock).toHaveBeenCalledWith(
      "/admin/exports/ledger.csv?from=2026-03-01&to=2026-03-31",
      expect.objectContaining({ credentials: "include" }),
    )
    expect(progress).toEqual([
      { rows: 0, total: 2 },
      { rows: 0, total: 2 },
      { rows: 2, total: 2 },
      { rows: 2, total: 2 },
    ])
    expect(filename).toBe("ledger-semua-2026-03-01-2026-03-31.csv")
    expect(saved.filename).toBe(filename)
    expect(await saved.blob!.text()).toBe(chunks.join(""))
  })

  it("throws the server's message when the export is refused", async () => {
    stubBrowser(
      new Response(
        JSON.stringify({ message: "from: use a calendar date as YYYY-MM-DD" }),
        {
          status: 400,
          headers: { "content-type": "application/json" },
        },
      ),
    )
    const refused = downloadCsv(
      "/admin/exports/sales.csv",
      { from: "x", to: "y" },
      () => {},
    )
    await expect(refused).rejects.toBeInstanceOf(AdminApiError)
    await expect(refused).rejects.toThrow("from: use a calendar date")
  })
})
