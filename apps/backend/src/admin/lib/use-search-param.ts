import { useSearchParams } from "react-router-dom"

/**
 * One search parameter as state, leaving the others alone, so what it opens
 * (a drawer) survives a reload and can be linked to.
 */
export function useSearchParam(
  key: string,
): [string | null, (value: string | null) => void] {
  const [searchParams, setSearchParams] = useSearchParams()
  const set = (value: string | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value) next.set(key, value)
        else next.delete(key)
        return next
      },
      { replace: true },
    )
  return [searchParams.get(key), set]
}
