import "server-only"

import { cookies } from "next/headers"

const CART_COOKIE = "_karya_cart_id"
/** Set by the account pages once buyers can log in; read here so carts follow the login. */
const AUTH_COOKIE = "_medusa_jwt"
const CART_MAX_AGE_SECONDS = 60 * 60 * 24 * 30

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

/** The cart id never needs to reach browser scripts: only Server Actions use it. */
export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: CART_MAX_AGE_SECONDS,
  })
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function isLoggedIn(): Promise<boolean> {
  return Boolean((await cookies()).get(AUTH_COOKIE)?.value)
}

/** Only Server Actions and the server read the login: browser scripts never see it. */
export async function setAuthToken(token: string, maxAgeSeconds: number): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: maxAgeSeconds,
  })
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}
