import { randomInt } from "node:crypto"

/** Crockford's base32: no I, L, O or U, so a printed code is read back without mistakes. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const LENGTH = 10

/**
 * A public batch code: 10 characters from a 32-letter alphabet (50 random bits),
 * short enough to print under a QR code and too many to guess.
 */
export function generateBatchCode(): string {
  let code = ""
  for (let index = 0; index < LENGTH; index++) {
    code += ALPHABET[randomInt(ALPHABET.length)]
  }
  return code
}

/** Codes are case-insensitive when typed in: normalise before looking one up. */
export function normalizeBatchCode(input: string): string | null {
  const code = input.trim().toUpperCase()
  return code.length === LENGTH && [...code].every((char) => ALPHABET.includes(char))
    ? code
    : null
}
