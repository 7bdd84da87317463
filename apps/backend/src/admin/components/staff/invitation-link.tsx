import { Button, Input, toast } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import { t } from "../../lib/i18n"
import { invitationLink } from "../../lib/staff"
import { FormField } from "../provenance/form-field"

/** The clipboard API is missing outside secure contexts and may be refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

type InvitationLinkProps = { token: string; expiresAt: string }

/**
 * The link the invitee opens to create their account. The token is only in the
 * invitation's answer, so this is the one place staff can take it from.
 */
export function InvitationLink({ token, expiresAt }: InvitationLinkProps) {
  const link = invitationLink(token)

  const copy = async () => {
    if (await copyText(link)) toast.success(t.staff.linkCopied)
    else toast.error(t.staff.copyFailed)
  }

  return (
    <FormField
      id="staff-invitation-link"
      label={t.staff.invitationLink}
      hint={t.staff.invitationLinkHint(formatDateTime(expiresAt))}
    >
      <div className="flex items-center gap-2">
        <div className="min-w-0 flex-1">
          <Input
            id="staff-invitation-link"
            size="small"
            readOnly
            value={link}
            className="font-mono"
            onFocus={(event) => event.target.select()}
          />
        </div>
        <Button type="button" size="small" variant="secondary" onClick={copy}>
          {t.staff.copyLink}
        </Button>
      </div>
    </FormField>
  )
}
