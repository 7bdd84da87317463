import { z } from "@medusajs/framework/zod"

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A YYYY-MM-DD day that exists on the calendar: 2026-02-29 does not. */
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return (
    DAY.test(value) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(value)
  )
}

const day = (field: string) =>
  z.string().refine(isCalendarDay, `${field}: use a calendar date as YYYY-MM-DD`)

/** A bookkeeping period in Jakarta calendar days, both ends included. */
export const AdminExportParams = z
  .object({
    from: day("from"),
    to: day("to"),
    facility_id: z.string().min(1, "facility_id: must not be empty").optional(),
  })
  .strict()
  .refine((params) => params.from <= params.to, {
    path: ["from"],
    message: "from: must not be after to",
  })

export type AdminExportParamsType = z.infer<typeof AdminExportParams>
