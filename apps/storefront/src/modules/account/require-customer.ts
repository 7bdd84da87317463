import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { getLocale } from "next-intl/server"

import { redirect } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { LOGIN_PAGE, RETURN_PARAM } from "@/modules/account/util/return-path"

/** The logged-in customer; anyone else goes to the login page, which brings them back. */
export async function requireCustomer(
  returnTo: string,
): Promise<HttpTypes.StoreCustomer> {
  const customer = await retrieveCustomer()
  if (!customer) {
    return redirect({
      href: { pathname: LOGIN_PAGE, query: { [RETURN_PARAM]: returnTo } },
      locale: await getLocale(),
    })
  }
  return customer
}
