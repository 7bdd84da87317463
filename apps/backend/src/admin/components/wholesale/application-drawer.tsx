import { Alert, Heading, RadioGroup, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatCount, formatDateTime } from "../../lib/format"
import { t } from "../../lib/i18n"
import {
  formatAddress,
  usePartnerGroups,
  useWholesaleWrite,
  WHOLESALE_LIMITS,
  type ApproveBody,
  type PartnerApplication,
  type PartnerShop,
} from "../../lib/wholesale"
import { FormDrawer } from "../provenance/form-drawer"
import { FormField } from "../provenance/form-field"
import { OptionSelect } from "../provenance/option-select"
import { DetailList } from "./detail-list"
import {
  PaymentTermsField,
  paymentTermsDays,
  paymentTermsOf,
  type PaymentTerms,
} from "./payment-terms-field"
import { ApplicationStatusBadge } from "./status-badges"

type Decision = "approve" | "reject"

type ApplicationDrawerProps = { application: PartnerApplication; onClose: () => void }

/**
 * The whole application as it was sent and, while it is pending, the
 * decision on it: approve (customer group and payment terms) or reject (a
 * reason the applicant is told).
 */
export function ApplicationDrawer({ application, onClose }: ApplicationDrawerProps) {
  const isPending = application.status === "pending"
  const [decision, setDecision] = useState<Decision>("approve")
  const [groupId, setGroupId] = useState("")
  const [terms, setTerms] = useState<PaymentTerms>(() =>
    paymentTermsOf(WHOLESALE_LIMITS.defaultPaymentTermsDays),
  )
  const [reason, setReason] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const groups = usePartnerGroups()
  const approve = useWholesaleWrite<
    ApproveBody,
    { partner_application: PartnerApplication; partner_shop: PartnerShop }
  >(`/admin/partner-applications/${application.id}/approve`)
  const reject = useWholesaleWrite<
    { reason: string },
    { partner_application: PartnerApplication }
  >(`/admin/partner-applications/${application.id}/reject`)

  const groupOptions = (groups.data?.customer_groups ?? []).map((group) => ({
    value: group.id,
    label: group.name,
  }))
  // The first partner group is the usual choice, so it is chosen until staff pick another.
  const chosenGroup = groupId || groupOptions[0]?.value || ""
  const days = paymentTermsDays(terms)
  const reasonTooShort = reason.trim().length < WHOLESALE_LIMITS.minReasonLength

  const termsError = submitted && days === null ? t.paymentTerms.range : undefined
  const reasonError =
    submitted && reasonTooShort ? t.application.reasonTooShort : undefined

  const submit = () => {
    setSubmitted(true)
    if (decision === "approve") {
      if (days === null) return
      approve.mutate(
        { customer_group_id: chosenGroup || undefined, payment_terms_days: days },
        {
          onSuccess: ({ partner_shop }) => {
            toast.success(t.application.approved(partner_shop.business_name))
            onClose()
          },
        },
      )
    } else {
      if (reasonTooShort) return
      reject.mutate(
        { reason: reason.trim() },
        {
          onSuccess: () => {
            toast.success(t.application.rejected)
            onClose()
          },
        },
      )
    }
  }

  const write = decision === "approve" ? approve : reject

  return (
    <FormDrawer
      title={application.business_name}
      description={t.application.drawerDescription(
        formatDateTime(application.created_at),
      )}
      onClose={onClose}
      onSubmit={isPending ? submit : undefined}
      isSubmitting={write.isPending}
      submitLabel={decision === "approve" ? t.application.approve : t.application.reject}
      submitVariant={decision === "approve" ? "primary" : "danger"}
    >
      <DetailList
        details={[
          {
            label: t.application.status,
            value: <ApplicationStatusBadge status={application.status} />,
          },
          { label: t.application.businessName, value: application.business_name },
          {
            label: t.application.npwp,
            value: <span className="font-mono">{application.npwp}</span>,
          },
          { label: t.application.contactName, value: application.contact_name },
          { label: t.application.email, value: application.email },
          { label: t.application.phone, value: application.phone },
          { label: t.application.address, value: formatAddress(application) },
          {
            label: t.application.expectedVolume,
            value: formatCount(application.expected_monthly_volume),
          },
          { label: t.application.notes, value: application.notes },
          {
            label: t.application.reviewedAt,
            value: application.reviewed_at && formatDateTime(application.reviewed_at),
          },
          { label: t.application.rejectionReason, value: application.rejection_reason },
          {
            label: t.application.partnerShop,
            value: application.partner_shop_id && (
              <Link
                to={`/partners?tab=shops&shop=${application.partner_shop_id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {t.application.viewShop} →
              </Link>
            ),
          },
        ]}
      />
      {isPending && (
        <section className="flex flex-col gap-y-4 border-t pt-4">
          <Heading level="h3">{t.application.decision}</Heading>
          <RadioGroup
            value={decision}
            onValueChange={(value) => setDecision(value as Decision)}
            className="grid grid-cols-2 gap-3"
          >
            <RadioGroup.ChoiceBox
              value="approve"
              label={t.application.approve}
              description={t.application.approveDescription}
            />
            <RadioGroup.ChoiceBox
              value="reject"
              label={t.application.reject}
              description={t.application.rejectDescription}
            />
          </RadioGroup>
          {decision === "approve" ? (
            <>
              <FormField
                id="application-group"
                label={t.application.group}
                hint={t.application.groupHint}
                error={groups.error?.message}
              >
                {groups.isSuccess && groupOptions.length === 0 ? (
                  <Alert variant="info">{t.application.noGroups}</Alert>
                ) : (
                  <OptionSelect
                    id="application-group"
                    value={chosenGroup}
                    onChange={setGroupId}
                    options={groupOptions}
                    disabled={groups.isLoading}
                  />
                )}
              </FormField>
              <PaymentTermsField
                id="application-terms"
                value={terms}
                onChange={setTerms}
                error={termsError}
              />
            </>
          ) : (
            <FormField
              id="application-reason"
              label={t.application.reason}
              hint={t.application.reasonHint}
              error={reasonError}
            >
              <Textarea
                id="application-reason"
                rows={4}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                aria-invalid={Boolean(reasonError)}
              />
            </FormField>
          )}
          {/* By the decision: atop the drawer it would be scrolled out of sight. */}
          {write.error && <Alert variant="error">{write.error.message}</Alert>}
        </section>
      )}
    </FormDrawer>
  )
}
