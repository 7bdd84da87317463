import { routing } from "@/i18n/routing"

export const ACCOUNT_HOME = "/akun"
export const LOGIN_PAGE = "/akun/masuk"
export const RETURN_PARAM = "kembali"

const LOCALE_PREFIX = new RegExp(`^/(?:${routing.locales.join("|")})(?=/|$|\\?)`)

/**
 * Where to go after logging in: a path on this site without its locale prefix (the
 * redirect adds the buyer's), never another host, so the link cannot send buyers away.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) {
    return ACCOUNT_HOME
  }
  // "//host" and "/\host" are read by browsers as another site.
  if (/^\/[/\\]/.test(value) || /[\s\\]/.test(value) || value.length > 512) {
    return ACCOUNT_HOME
  }
  const rest = value.replace(LOCALE_PREFIX, "")
  const path = rest.startsWith("/") ? rest : `/${rest}`
  return path.startsWith(LOGIN_PAGE) || path.startsWith("/akun/daftar")
    ? ACCOUNT_HOME
    : path
}
