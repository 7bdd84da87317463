"use client"

import { useLocale, useTranslations } from "next-intl"
import {
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from "react"

import { useRouter } from "@/i18n/navigation"
import { formatRupiah } from "@/lib/money"
import { MAX_SEARCH_LENGTH, productHref } from "@/lib/util/product-list-params"
import {
  noSuggestions,
  type SearchSuggestion,
  type SearchSuggestions,
  SUGGESTION_DELAY_MS,
  SUGGESTION_MIN_LENGTH,
  SUGGESTION_THUMBNAIL_SIZE,
} from "@/lib/util/product-search"
import { normalizeSearchText, SEARCH_QUERY, searchHref } from "@/lib/util/search-params"

import styles from "./search-box.module.css"

const SUGGESTIONS_URL = "/api/search-suggestions"

type Props = {
  /** The results page, locale prefix included: where the form goes without JavaScript. */
  action: string
  defaultQuery?: string
  /** The header's box is compact; the results page's has a visible label. */
  variant?: "header" | "page"
}

type Option = { key: string; href: string; suggestion?: SearchSuggestion }

/**
 * A search form that works without JavaScript, enhanced into a combobox (ARIA APG
 * pattern, list autocomplete) that suggests products while the buyer types.
 */
export function SearchBox({ action, defaultQuery = "", variant = "header" }: Props) {
  const t = useTranslations("layout.search")
  const locale = useLocale()
  const router = useRouter()
  const id = useId()
  const inputId = `${id}input`
  const listId = `${id}list`
  const optionId = (index: number) => `${id}option-${index}`

  const input = useRef<HTMLInputElement>(null)
  // The pending debounce and request; never rendered, so kept out of state.
  const pending = useRef<{
    timer?: ReturnType<typeof setTimeout>
    request?: AbortController
  }>({})
  const [text, setText] = useState(defaultQuery)
  const [found, setFound] = useState<SearchSuggestions | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)

  useEffect(() => {
    const current = pending.current
    return () => {
      clearTimeout(current.timer)
      current.request?.abort()
    }
  }, [])

  // "See all" is for the text as typed now, even while its own suggestions are on the way.
  const typed = normalizeSearchText(text)
  const options: Option[] =
    found?.available && typed
      ? [
          ...found.suggestions.map((suggestion) => ({
            key: suggestion.handle,
            href: productHref(suggestion.handle),
            suggestion,
          })),
          { key: "all", href: searchHref({ q: typed }) },
        ]
      : []
  const expanded = open && options.length > 0
  const message =
    !open || !found
      ? null
      : !found.available
        ? t("unavailable")
        : found.suggestions.length === 0
          ? t("noSuggestions", { q: found.query })
          : null
  const announcement =
    !open || !found ? "" : (message ?? t("count", { count: found.suggestions.length }))

  function cancel() {
    clearTimeout(pending.current.timer)
    pending.current.request?.abort()
    pending.current.timer = undefined
    pending.current.request = undefined
  }

  function close() {
    setOpen(false)
    setActive(-1)
  }

  async function suggest(q: string) {
    const request = new AbortController()
    pending.current.request = request
    let next: SearchSuggestions
    try {
      const query = new URLSearchParams({ [SEARCH_QUERY.q]: q, locale })
      const response = await fetch(`${SUGGESTIONS_URL}?${query}`, {
        signal: request.signal,
      })
      next = response.ok
        ? ((await response.json()) as SearchSuggestions)
        : noSuggestions(q, false)
    } catch {
      next = noSuggestions(q, false)
    }
    // A newer keystroke or a blur has taken over.
    if (request.signal.aborted) {
      return
    }
    setFound(next)
    setActive(-1)
    setOpen(document.activeElement === input.current)
  }

  function change(event: ChangeEvent<HTMLInputElement>) {
    const value = event.target.value
    setText(value)
    setActive(-1)
    cancel()
    const q = normalizeSearchText(value)
    if (q.length < SUGGESTION_MIN_LENGTH) {
      setFound(null)
      setOpen(false)
      return
    }
    pending.current.timer = setTimeout(() => void suggest(q), SUGGESTION_DELAY_MS)
  }

  function go(href: string) {
    cancel()
    close()
    router.push(href)
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    go(searchHref({ q: typed || undefined }))
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (count === 0) {
          return
        }
        event.preventDefault()
        const down = event.key === "ArrowDown"
        setOpen(true)
        setActive(
          !expanded || active < 0
            ? down
              ? 0
              : count - 1
            : (active + (down ? 1 : -1) + count) % count,
        )
        return
      }
      case "Enter":
        if (expanded && active >= 0) {
          event.preventDefault()
          go(options[active].href)
        }
        return
      case "Escape":
        // Open: close the list, keep the text. Closed: clear the text, as the pattern allows.
        event.preventDefault()
        if (open) {
          close()
        } else {
          cancel()
          setText("")
          setFound(null)
        }
        return
    }
  }

  function focus() {
    if (found && found.query === typed) {
      setOpen(true)
    }
  }

  function blur() {
    cancel()
    close()
  }

  const label = variant === "page" ? t("pageLabel") : t("label")
  return (
    <form
      role="search"
      aria-label={label}
      action={action}
      method="get"
      onSubmit={submit}
      className={`${styles.form} ${styles[variant]}`}
    >
      <label
        htmlFor={inputId}
        className={variant === "page" ? styles.label : styles.visuallyHidden}
      >
        {label}
      </label>
      <div className={styles.control}>
        <input
          ref={input}
          id={inputId}
          className={styles.input}
          type="search"
          name={SEARCH_QUERY.q}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={MAX_SEARCH_LENGTH}
          placeholder={t("placeholder")}
          value={text}
          onChange={change}
          onKeyDown={keyDown}
          onFocus={focus}
          onBlur={blur}
        />
        <button type="submit" className={styles.submit}>
          {t("submit")}
        </button>
        {/* Pressing on the list must not blur the input, or it closes before the click. */}
        <div
          className={styles.popup}
          hidden={!open}
          onMouseDown={(event) => event.preventDefault()}
        >
          {message && <p className={styles.message}>{message}</p>}
          <ul
            id={listId}
            role="listbox"
            aria-label={t("suggestions")}
            className={styles.list}
            hidden={!expanded}
          >
            {options.map((option, index) => (
              <li
                key={option.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={option.suggestion ? styles.option : styles.seeAll}
                onClick={() => go(option.href)}
              >
                {option.suggestion ? (
                  <SuggestionRow suggestion={option.suggestion} />
                ) : (
                  t("seeAll", { q: typed })
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p role="status" className={styles.visuallyHidden}>
        {announcement}
      </p>
    </form>
  )
}

function SuggestionRow({ suggestion }: { suggestion: SearchSuggestion }) {
  return (
    <>
      {suggestion.thumbnail ? (
        // The title beside it names the product: the image adds nothing to read out.
        // Sources resized on the server: the box carries no image code.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className={styles.thumbnail}
          src={suggestion.thumbnail.src}
          srcSet={suggestion.thumbnail.srcSet}
          alt=""
          width={SUGGESTION_THUMBNAIL_SIZE}
          height={SUGGESTION_THUMBNAIL_SIZE}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <span className={styles.thumbnail} aria-hidden="true" />
      )}
      <span className={styles.title}>{suggestion.title}</span>
      {suggestion.price !== null && (
        <span className={styles.price}>{formatRupiah(suggestion.price)}</span>
      )}
    </>
  )
}
