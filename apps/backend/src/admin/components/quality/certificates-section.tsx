import { Button, Container, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { t } from "../../lib/i18n"
import { PAGE_SIZE } from "../../lib/queries"
import { useCertificateDelete, useCertificates } from "../../lib/quality-queries"
import {
  CERTIFICATE_TYPES,
  type Certificate,
  type CertificateType,
  type Holder,
} from "../../lib/quality-types"
import { OptionSelect } from "../provenance/option-select"
import { PaginatedTable, type Column } from "../provenance/paginated-table"
import { SectionHeader } from "../provenance/section-header"
import { CertificateForm } from "./certificate-form"
import { CertificateValidity } from "./certificate-validity"
import { DocumentLink } from "./document-link"
import { HolderName } from "./holder-name"
import { useHolderNames } from "./use-holder-names"

/** Open form state: `{}` creates, `{ certificate, holder }` edits. */
type FormState = { certificate?: Certificate; holder?: Holder } | null

export function CertificatesSection() {
  const [type, setType] = useState<CertificateType | "">("")
  const [pageIndex, setPageIndex] = useState(0)
  const [form, setForm] = useState<FormState>(null)
  const certificates = useCertificates({ type, offset: pageIndex * PAGE_SIZE })
  const holderOf = useHolderNames(certificates.data?.certificates)
  const remove = useCertificateDelete()
  const prompt = usePrompt()

  const confirmRemove = async (certificate: Certificate) => {
    const confirmed = await prompt({
      title: t.certificate.deleteTitle,
      description: t.certificate.deleteDescription(certificate.number),
      confirmText: t.certificate.delete,
      cancelText: t.common.cancel,
    })
    if (!confirmed) return
    remove.mutate(certificate.id, {
      onSuccess: () => toast.success(t.certificate.deleted),
      onError: (error) => toast.error(error.message),
    })
  }

  const columns: Column<Certificate>[] = [
    {
      key: "type",
      header: t.certificate.type,
      render: (c) => t.certificate.types[c.type] ?? c.type,
    },
    {
      key: "number",
      header: t.certificate.number,
      render: (c) => (
        <div className="flex flex-col items-start">
          <Text size="small" leading="compact" className="font-mono">
            {c.number}
          </Text>
          {c.document_url && <DocumentLink url={c.document_url} />}
        </div>
      ),
    },
    { key: "issuer", header: t.certificate.issuer, render: (c) => c.issuer },
    {
      key: "holder",
      header: t.certificate.holder,
      render: (c) => <HolderName holder={holderOf(c)} />,
    },
    {
      key: "validity",
      header: t.certificate.validity,
      render: (c) => <CertificateValidity certificate={c} />,
    },
    {
      key: "actions",
      header: "",
      render: (certificate) => (
        <div className="flex justify-end">
          <Button
            variant="transparent"
            size="small"
            onClick={() => setForm({ certificate, holder: holderOf(certificate) })}
          >
            {t.common.edit}
          </Button>
          <Button
            variant="transparent"
            size="small"
            className="text-ui-fg-error"
            onClick={() => confirmRemove(certificate)}
          >
            {t.certificate.delete}
          </Button>
        </div>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.certificate.tab} onCreate={() => setForm({})}>
        <div className="w-52">
          <OptionSelect
            size="small"
            value={type}
            onChange={(value) => {
              setType(value as CertificateType | "")
              setPageIndex(0)
            }}
            allLabel={t.certificate.allTypes}
            options={CERTIFICATE_TYPES.map((value) => ({
              value,
              label: t.certificate.types[value],
            }))}
          />
        </div>
      </SectionHeader>
      <PaginatedTable
        columns={columns}
        rows={certificates.data?.certificates}
        rowKey={(c) => c.id}
        isLoading={certificates.isLoading}
        error={certificates.error}
        pagination={{
          count: certificates.data?.count ?? 0,
          pageIndex,
          onPageChange: setPageIndex,
        }}
      />
      {form && (
        <CertificateForm
          certificate={form.certificate}
          holder={form.holder}
          onClose={() => setForm(null)}
        />
      )}
    </Container>
  )
}
