import { t } from "../../lib/i18n"

export function DocumentLink({ url }: { url: string }) {
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small whitespace-nowrap"
    >
      {t.certificate.openDocument}
    </a>
  )
}
