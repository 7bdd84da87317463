import { randomInt } from "node:crypto"

// Crockford's base32 leaves out I, L, O and U so a reference read aloud or typed
// into a banking app cannot be mistaken for another.
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const LENGTH = 8

/** A short transfer reference such as "KWB-7M3Q9XZC" for the buyer's transfer note. */
export function newTransferReference(): string {
  let code = ""
  for (let i = 0; i < LENGTH; i++) {
    code += CROCKFORD[randomInt(CROCKFORD.length)]
  }
  return `KWB-${code}`
}
