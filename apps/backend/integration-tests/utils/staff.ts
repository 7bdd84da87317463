type Headers = { headers: Record<string, string> }
type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const STAFF_PASSWORD = "rahasia-petugas-2026"

/**
 * Head office invites staff of a facility; they register and accept as
 * Medusa's dashboard does, then log in. Returns their request options.
 */
export async function inviteFacilityStaff(
  api: Api,
  headOffice: Headers,
  { email, facility_id }: { email: string; facility_id: string },
): Promise<Headers> {
  const { data: invited } = await api.post(
    "/admin/staff/invites",
    { email, role: "facility_staff", facility_id },
    headOffice,
  )
  const { data: registered } = await api.post("/auth/user/emailpass/register", {
    email,
    password: STAFF_PASSWORD,
  })
  await api.post(
    `/admin/invites/accept?token=${invited.invite.token}`,
    { first_name: "Petugas", last_name: "Fasilitas" },
    { headers: { authorization: `Bearer ${registered.token}` } },
  )
  const { data: login } = await api.post("/auth/user/emailpass", {
    email,
    password: STAFF_PASSWORD,
  })
  return { headers: { authorization: `Bearer ${login.token}` } }
}
