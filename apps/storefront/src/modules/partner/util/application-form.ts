/** The application form's fields, in the order the form asks them. */
export const APPLICATION_FIELDS = [
  "business_name",
  "npwp",
  "contact_name",
  "email",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "expected_monthly_volume",
  "notes",
] as const

export type ApplicationField = (typeof APPLICATION_FIELDS)[number]
export type ApplicationValues = Record<ApplicationField, string>

/** The country partner shops trade from; the form does not ask it. */
export const APPLICATION_COUNTRY = "id"

const ADDRESS_FIELDS = new Set<ApplicationField>([
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
])

export function emptyApplication(): ApplicationValues {
  return Object.fromEntries(
    APPLICATION_FIELDS.map((field) => [field, ""]),
  ) as ApplicationValues
}

export function readApplicationForm(formData: FormData): ApplicationValues {
  return Object.fromEntries(
    APPLICATION_FIELDS.map((field) => {
      const value = formData.get(field)
      return [field, typeof value === "string" ? value.trim() : ""]
    }),
  ) as ApplicationValues
}

/**
 * The body of POST /store/partner-applications. The backend validates everything; only
 * the volume becomes a number here, and a volume that is not a whole number is sent as
 * typed so the backend names the field.
 */
export function toApplicationBody(values: ApplicationValues): Record<string, unknown> {
  const volume = values.expected_monthly_volume
  return {
    business_name: values.business_name,
    npwp: values.npwp,
    contact_name: values.contact_name,
    email: values.email,
    phone: values.phone,
    address: {
      address_1: values.address_1,
      ...(values.address_2 ? { address_2: values.address_2 } : {}),
      city: values.city,
      province: values.province,
      postal_code: values.postal_code,
      country_code: APPLICATION_COUNTRY,
    },
    expected_monthly_volume: /^\d{1,9}$/.test(volume) ? Number(volume) : volume,
    ...(values.notes ? { notes: values.notes } : {}),
  }
}

export type Refusal = {
  field: string | null
  /** The refusal without the field's name. */
  message: string
  /** The whole refusal, for when the field is not one the buyer can see. */
  text: string
}

/**
 * The parts of a 400 message. The backend starts each refusal with the field it refuses
 * ("npwp: …"), joins several with "; ", and Medusa's own validation words a few as
 * "Invalid request: Field 'email' is required".
 */
export function splitRefusal(message: string): Refusal[] {
  return message
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const prefixed = /^([A-Za-z_][\w.]*)\s*:\s*(.*)$/s.exec(part)
      if (prefixed && prefixed[2].trim()) {
        return { field: prefixed[1], message: prefixed[2].trim(), text: part }
      }
      const text = part.replace(/^invalid request:\s*/i, "")
      const quoted = /field '([\w.]+)'/i.exec(part)
      return { field: quoted ? quoted[1] : null, message: text, text }
    })
}

/** The form field behind a backend field name: the address is nested in the body. */
function formField(name: string): ApplicationField | null {
  const field = name.startsWith("address.") ? name.slice("address.".length) : name
  const known = APPLICATION_FIELDS.find((candidate) => candidate === field)
  if (!known) {
    return null
  }
  // A bare "address_1" and a nested one are the same field; "notes" is never nested.
  return name.startsWith("address.") && !ADDRESS_FIELDS.has(known) ? null : known
}

export type ApplicationRefusal = {
  /** The backend's words for each field it refused, the first per field. */
  fields: Partial<Record<ApplicationField, string>>
  /** Refusals the buyer cannot fix in one field (or that name no field). */
  other: string[]
}

export function applicationRefusal(message: string): ApplicationRefusal {
  const refusal: ApplicationRefusal = { fields: {}, other: [] }
  for (const part of splitRefusal(message)) {
    const field = part.field ? formField(part.field) : null
    if (field) {
      refusal.fields[field] ??= part.message
    } else {
      refusal.other.push(part.text)
    }
  }
  return refusal
}
