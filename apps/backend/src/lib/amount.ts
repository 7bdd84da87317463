import { MathBN } from "@medusajs/framework/utils"

/**
 * Medusa hands out amounts and quantities as BigNumber objects (or numbers,
 * or numeric strings); public answers carry plain numbers. Missing is 0.
 */
export function toNumber(value: unknown): number {
  return MathBN.convert((value ?? 0) as Parameters<typeof MathBN.convert>[0]).toNumber()
}
