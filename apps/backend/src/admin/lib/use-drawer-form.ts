import { toast } from "@medusajs/ui"
import { useState } from "react"
import { t } from "./i18n"
import { hasErrors } from "./validate"

type DrawerFormOptions<V, E, B, R> = {
  initial: () => V
  validate: (values: V) => E
  toBody: (values: V) => B
  /** The write mutation; the form still reads its `isPending` and `error`. */
  save: { mutate: (body: B, options: { onSuccess: (result: R) => void }) => void }
  onClose: () => void
  /** Defaults to the plain "saved" toast. */
  successMessage?: (result: R) => string
}

/**
 * The state and submit shared by the drawer forms. Errors show only after the
 * first attempt to save, so an untouched form is not all red; an edit that
 * changed nothing closes without a request.
 */
export function useDrawerForm<V extends object, E extends object, B extends object, R>({
  initial,
  validate,
  toBody,
  save,
  onClose,
  successMessage = () => t.common.saved,
}: DrawerFormOptions<V, E, B, R>) {
  const [values, setValues] = useState(initial)
  const [submitted, setSubmitted] = useState(false)

  const errors: Partial<E> = submitted ? validate(values) : {}
  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((current) => ({ ...current, [key]: value }))

  const submit = () => {
    setSubmitted(true)
    if (hasErrors(validate(values))) return
    const body = toBody(values)
    if (Object.keys(body).length === 0) return onClose()
    save.mutate(body, {
      onSuccess: (result) => {
        toast.success(successMessage(result))
        onClose()
      },
    })
  }

  return { values, set, errors, submit }
}
