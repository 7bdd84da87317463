import { demoAdmin } from "../../src/scripts/seed-data"

type Api = {
  post: (url: string, body: unknown) => Promise<{ data: { token: string } }>
}

/** Logs in as the seeded head-office admin and returns request options with its token. */
export async function adminHeaders(api: Api) {
  const { email, password } = demoAdmin()
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
