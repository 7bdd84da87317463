import { Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { t } from "../../lib/i18n"
import { roleBody, useInviteStaff, type StaffRole } from "../../lib/staff"
import { isBlank } from "../../lib/validate"
import { FormDrawer } from "../provenance/form-drawer"
import { FormField } from "../provenance/form-field"
import { InvitationLink } from "./invitation-link"
import { RoleFields, facilityMissing } from "./role-fields"

/** Enough to catch a typo; the server checks the address again. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function emailError(email: string): string | undefined {
  if (isBlank(email)) return t.common.required
  return EMAIL.test(email.trim()) ? undefined : t.staff.invalidEmail
}

/**
 * Invites a staff member with the role the account will get. Once sent, the
 * drawer turns into the invitation link, which is shown only in this answer.
 */
export function InviteDrawer({ onClose }: { onClose: () => void }) {
  const [email, setEmail] = useState("")
  // The narrower role first: head office is the exception, granted on purpose.
  const [role, setRole] = useState<StaffRole>("facility_staff")
  const [facilityId, setFacilityId] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const invite = useInviteStaff()
  const result = invite.data

  if (result) {
    return (
      <FormDrawer
        title={t.staff.invited(result.invite.email)}
        description={t.staff.invitedDescription(
          result.invite.email,
          t.staff.roles[result.role] ?? result.role,
        )}
        onClose={onClose}
      >
        <InvitationLink
          token={result.invite.token}
          expiresAt={result.invite.expires_at}
        />
      </FormDrawer>
    )
  }

  const submit = () => {
    setSubmitted(true)
    if (emailError(email) || facilityMissing(role, facilityId)) return
    invite.mutate(
      { email: email.trim(), ...roleBody(role, facilityId) },
      { onSuccess: ({ invite }) => toast.success(t.staff.invited(invite.email)) },
    )
  }

  const emailMessage = submitted ? emailError(email) : undefined

  return (
    <FormDrawer
      title={t.staff.invite}
      description={t.staff.inviteDescription}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={invite.isPending}
      serverError={invite.error?.message}
      submitLabel={t.staff.sendInvite}
    >
      <FormField id="staff-invite-email" label={t.staff.email} error={emailMessage}>
        <Input
          id="staff-invite-email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={Boolean(emailMessage)}
        />
      </FormField>
      <RoleFields
        idPrefix="staff-invite"
        role={role}
        onRoleChange={setRole}
        facilityId={facilityId}
        onFacilityChange={setFacilityId}
        facilityError={submitted ? facilityMissing(role, facilityId) : undefined}
      />
    </FormDrawer>
  )
}
