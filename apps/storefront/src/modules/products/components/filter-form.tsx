"use client"

import { useRouter } from "next/navigation"
import { type FormEvent, type ReactNode, useTransition } from "react"

type Props = {
  /** The listing's own path, locale prefix included. */
  action: string
  /** Values that mean "no choice" and are left out of the URL, by field name. */
  defaults: Record<string, string>
  className?: string
  children: ReactNode
}

/**
 * A plain GET form that works without JavaScript. With it, the search is sent without
 * a full reload and empty fields are dropped, so the URL stays short enough to share.
 */
export function FilterForm({ action, defaults, className, children }: Props) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const search = new URLSearchParams()
    for (const [name, value] of new FormData(event.currentTarget)) {
      const text = typeof value === "string" ? value.trim() : ""
      if (text && defaults[name] !== text) {
        search.append(name, text)
      }
    }
    const query = search.toString()
    startTransition(() => router.push(query ? `${action}?${query}` : action))
  }

  return (
    <form
      method="get"
      action={action}
      className={className}
      onSubmit={submit}
      aria-busy={pending || undefined}
    >
      {children}
    </form>
  )
}
