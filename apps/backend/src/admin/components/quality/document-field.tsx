import { Button, Hint, Text } from "@medusajs/ui"
import type { ChangeEvent } from "react"
import { t } from "../../lib/i18n"
import { useDocumentUpload } from "../../lib/quality-queries"
import { DocumentLink } from "./document-link"

type DocumentFieldProps = {
  id: string
  /** The uploaded document's URL, "" when there is none. */
  value: string
  onChange: (url: string) => void
}

/** Uploads a scan of the certificate through Medusa's file module and keeps its URL. */
export function DocumentField({ id, value, onChange }: DocumentFieldProps) {
  const upload = useDocumentUpload()

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Cleared so picking the same file again after a failure uploads it again.
    event.target.value = ""
    if (file) upload.mutate(file, { onSuccess: onChange })
  }

  return (
    <div className="flex flex-col gap-y-2">
      {value && (
        <div className="flex items-center gap-x-3">
          <DocumentLink url={value} />
          <Button
            type="button"
            variant="transparent"
            size="small"
            onClick={() => onChange("")}
          >
            {t.common.remove}
          </Button>
        </div>
      )}
      <input
        id={id}
        type="file"
        accept="application/pdf,image/*"
        onChange={pick}
        disabled={upload.isPending}
        className="txt-compact-small text-ui-fg-subtle file:mr-3 file:rounded-md file:border-0 file:bg-ui-button-neutral file:px-2 file:py-1 file:shadow-buttons-neutral"
      />
      {upload.isPending && (
        <Text size="small" className="text-ui-fg-muted">
          {t.certificate.uploading}
        </Text>
      )}
      {upload.error && <Hint variant="error">{upload.error.message}</Hint>}
    </div>
  )
}
