import { Input, Textarea } from "@medusajs/ui"
import {
  certificateBody,
  initialCertificateValues,
  validateCertificate,
  type CertificateBody,
} from "../../lib/certificate-form"
import { t } from "../../lib/i18n"
import { useQualityWrite } from "../../lib/quality-queries"
import {
  CERTIFICATE_TYPES,
  type Certificate,
  type CertificateType,
  type Holder,
} from "../../lib/quality-types"
import { useDrawerForm } from "../../lib/use-drawer-form"
import { FormDrawer } from "../provenance/form-drawer"
import { FormField } from "../provenance/form-field"
import { OptionSelect } from "../provenance/option-select"
import { DocumentField } from "./document-field"
import { HolderPicker } from "./holder-picker"

type CertificateFormProps = {
  /** The certificate to edit; creates a new one when absent. */
  certificate?: Certificate
  /** A holder chosen beforehand (the product whose page this is); shown, not picked. */
  holder?: Holder
  onClose: () => void
}

export function CertificateForm({ certificate, holder, onClose }: CertificateFormProps) {
  const isNew = !certificate
  const save = useQualityWrite<CertificateBody, { certificate: Certificate }>(
    isNew ? "/admin/certificates" : `/admin/certificates/${certificate.id}`,
  )

  const { values, set, errors, submit } = useDrawerForm({
    initial: () => initialCertificateValues(certificate, holder),
    validate: (values) => validateCertificate(values, isNew),
    toBody: (values) => certificateBody(values, certificate),
    save,
    onClose,
  })

  const isDeclaration = values.type === "non_halal_declaration"
  const textInput = (key: "number" | "issuer") => (
    <Input
      id={`certificate-${key}`}
      value={values[key]}
      onChange={(event) => set(key)(event.target.value)}
      aria-invalid={Boolean(errors[key])}
    />
  )
  const dateInput = (key: "valid_from" | "valid_until") => (
    <Input
      id={`certificate-${key}`}
      type="date"
      value={values[key]}
      onChange={(event) => set(key)(event.target.value)}
      aria-invalid={Boolean(errors[key])}
    />
  )

  return (
    <FormDrawer
      title={isNew ? t.certificate.createTitle : t.certificate.editTitle}
      description={t.certificate.formDescription}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={save.isPending}
      serverError={save.error?.message}
    >
      <FormField
        id="certificate-holder"
        label={t.certificate.holder}
        hint={isNew && !holder ? undefined : t.certificate.fixedAfterCreate}
        error={errors.holder}
      >
        {isNew && !holder ? (
          <HolderPicker
            id="certificate-holder"
            type={values.holder_type}
            value={values.holder}
            onTypeChange={set("holder_type")}
            onChange={set("holder")}
          />
        ) : (
          <Input
            id="certificate-holder"
            value={
              values.holder
                ? `${t.certificate.holderTypes[values.holder.type]}: ${values.holder.name}`
                : ""
            }
            disabled
          />
        )}
      </FormField>
      <FormField
        id="certificate-type"
        label={t.certificate.type}
        hint={isNew ? undefined : t.certificate.fixedAfterCreate}
        error={errors.type}
      >
        <OptionSelect
          id="certificate-type"
          value={values.type}
          onChange={(type) => set("type")(type as CertificateType)}
          options={CERTIFICATE_TYPES.map((type) => ({
            value: type,
            label: t.certificate.types[type],
          }))}
          disabled={!isNew}
        />
      </FormField>
      <FormField
        id="certificate-number"
        label={t.certificate.number}
        hint={values.type ? t.certificate.numberHints[values.type] : undefined}
        error={errors.number}
      >
        {textInput("number")}
      </FormField>
      <FormField
        id="certificate-issuer"
        label={t.certificate.issuer}
        hint={t.certificate.issuerHint}
        error={errors.issuer}
      >
        {textInput("issuer")}
      </FormField>
      <div className="grid grid-cols-2 gap-4">
        <FormField
          id="certificate-valid_from"
          label={t.certificate.validFrom}
          error={errors.valid_from}
        >
          {dateInput("valid_from")}
        </FormField>
        {!isDeclaration && (
          <FormField
            id="certificate-valid_until"
            label={t.certificate.validUntil}
            hint={values.type === "pirt" ? t.certificate.pirtValidityHint : undefined}
            error={errors.valid_until}
          >
            {dateInput("valid_until")}
          </FormField>
        )}
      </div>
      <FormField
        id="certificate-notes"
        label={isDeclaration ? t.certificate.reason : t.certificate.notes}
        hint={isDeclaration ? t.certificate.reasonHint : undefined}
        error={errors.notes}
        optional={!isDeclaration}
      >
        <Textarea
          id="certificate-notes"
          rows={3}
          value={values.notes}
          onChange={(event) => set("notes")(event.target.value)}
          aria-invalid={Boolean(errors.notes)}
        />
      </FormField>
      <FormField
        id="certificate-document"
        label={t.certificate.document}
        hint={t.certificate.documentHint}
        optional
      >
        <DocumentField
          id="certificate-document"
          value={values.document_url}
          onChange={set("document_url")}
        />
      </FormField>
    </FormDrawer>
  )
}
