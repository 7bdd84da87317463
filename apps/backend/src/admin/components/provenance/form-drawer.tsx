import { Alert, Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { t } from "../../lib/i18n"

type FormDrawerProps = {
  title: string
  description: string
  onClose: () => void
  /** Without it the drawer only shows its content (a result, a history). */
  onSubmit?: () => void
  isSubmitting?: boolean
  /** The server's explanation of a rejected request, shown as it was sent. */
  serverError?: string
  /** For a form whose submit does more than save, e.g. "Recall batch". */
  submitLabel?: string
  /** An irreversible action is red so it is not pressed out of habit. */
  submitVariant?: "primary" | "danger"
  children: ReactNode
}

/**
 * A drawer holding one form. Callers mount it only while it is open, so each
 * opening starts from fresh field values. A form that turns into its result
 * (a recall and whom to contact) drops `onSubmit` and stays the same drawer.
 */
export function FormDrawer({
  title,
  description,
  onClose,
  onSubmit,
  isSubmitting,
  serverError,
  submitLabel = t.common.save,
  submitVariant = "primary",
  children,
}: FormDrawerProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit?.()
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form
          onSubmit={submit}
          noValidate
          className="flex flex-1 flex-col overflow-hidden"
        >
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              {description}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {serverError && <Alert variant="error">{serverError}</Alert>}
            {children}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary" size="small">
                {onSubmit ? t.common.cancel : t.common.close}
              </Button>
            </Drawer.Close>
            {onSubmit && (
              <Button
                type="submit"
                size="small"
                variant={submitVariant}
                isLoading={isSubmitting}
              >
                {submitLabel}
              </Button>
            )}
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
