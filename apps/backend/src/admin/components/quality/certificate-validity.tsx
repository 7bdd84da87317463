import { StatusBadge, Text } from "@medusajs/ui"
import { formatDate } from "../../lib/format"
import { t } from "../../lib/i18n"

type Validity = { valid_from: string; valid_until: string | null }

/** Judged as the server judges: valid from its start until its end, inclusive. */
function status({ valid_from, valid_until }: Validity, now = Date.now()) {
  if (new Date(valid_from).getTime() > now) return "upcoming"
  if (valid_until && new Date(valid_until).getTime() < now) return "expired"
  return "valid"
}

const COLORS = { valid: "green", expired: "red", upcoming: "orange" } as const

export function CertificateValidity({ certificate }: { certificate: Validity }) {
  const current = status(certificate)
  return (
    <div className="flex flex-col items-start gap-y-1">
      <Text size="small" leading="compact" className="whitespace-nowrap">
        {formatDate(certificate.valid_from)} –{" "}
        {certificate.valid_until
          ? formatDate(certificate.valid_until)
          : t.certificate.noExpiry}
      </Text>
      <StatusBadge color={COLORS[current]}>{t.certificate.status[current]}</StatusBadge>
    </div>
  )
}
