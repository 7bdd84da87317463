type Headers = { headers: Record<string, string> }
type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A customer signs in; their requests carry the store's key and their token. */
export async function logInCustomer(
  api: Api,
  store: Headers,
  email: string,
  password: string,
): Promise<Headers> {
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return { headers: { ...store.headers, authorization: `Bearer ${data.token}` } }
}

/** A shopper registers as the storefront does, then signs in. */
export async function registerCustomer(
  api: Api,
  store: Headers,
  { email, password, last_name }: { email: string; password: string; last_name: string },
): Promise<Headers> {
  const { data } = await api.post("/auth/customer/emailpass/register", {
    email,
    password,
  })
  await api.post(
    "/store/customers",
    { email, first_name: "Pembeli", last_name },
    { headers: { ...store.headers, authorization: `Bearer ${data.token}` } },
  )
  return logInCustomer(api, store, email, password)
}
