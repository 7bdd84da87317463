/**
 * English for the demo catalog through Medusa's Translation Module: each
 * product's title, subtitle and description, each category's name and
 * description, each workshop's craft and story and each facility's story.
 * Idempotent: a translation that exists is left as it is, so staff's edits in
 * the dashboard survive a re-run.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import {
  CATEGORY_TRANSLATIONS_EN,
  ENGLISH_LOCALE,
  FACILITY_TRANSLATIONS_EN,
  PRODUCT_TRANSLATIONS_EN,
  WORKSHOP_TRANSLATIONS_EN,
} from "./seed-data"

type Log = (message: string) => void

// Each translated entity (its query.graph name, which is also the translation's
// reference) with its English by handle.
const ENGLISH: Record<string, Record<string, Record<string, string>>> = {
  product: PRODUCT_TRANSLATIONS_EN,
  product_category: CATEGORY_TRANSLATIONS_EN,
  workshop: WORKSHOP_TRANSLATIONS_EN,
  facility: FACILITY_TRANSLATIONS_EN,
}

export async function ensureTranslations(
  container: MedusaContainer,
  log: Log,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wanted: {
    reference: string
    reference_id: string
    translations: Record<string, string>
  }[] = []
  for (const [entity, byHandle] of Object.entries(ENGLISH)) {
    const { data } = await query.graph({
      entity,
      fields: ["id", "handle"],
      filters: { handle: Object.keys(byHandle) },
    })
    for (const record of data as { id: string; handle: string }[]) {
      wanted.push({
        reference: entity,
        reference_id: record.id,
        translations: byHandle[record.handle],
      })
    }
  }

  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listTranslations(
    {
      reference_id: wanted.map((entry) => entry.reference_id),
      locale_code: ENGLISH_LOCALE,
    },
    { select: ["reference_id"] },
  )
  const translated = new Set(existing.map((entry) => entry.reference_id))
  const missing = wanted.filter((entry) => !translated.has(entry.reference_id))
  if (!missing.length) {
    return
  }
  await createTranslationsWorkflow(container).run({
    input: {
      translations: missing.map((entry) => ({ ...entry, locale_code: ENGLISH_LOCALE })),
    },
  })
  log(`Created ${missing.length} English translations`)
}
