import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { isLoggedIn } from "@/lib/data/cookies"

/**
 * The header's way into the account. It reads only whether a login cookie is there, so
 * no page waits on the backend for it; an expired login ends on the login page anyway.
 */
export async function AccountLink({ className }: { className?: string }) {
  const [t, loggedIn] = await Promise.all([getTranslations("account.link"), isLoggedIn()])
  return (
    <Link
      href={loggedIn ? "/akun" : "/akun/masuk"}
      className={className}
      data-testid="account-link"
      prefetch={false}
    >
      {loggedIn ? t("account") : t("logIn")}
    </Link>
  )
}
