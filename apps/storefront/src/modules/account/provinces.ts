import "server-only"

import { unstable_rethrow } from "next/navigation"

import { listProvinces } from "@/lib/data/checkout-options"

/** Without the backend's list the form asks the province as text; saving checks again. */
export async function accountProvinces(): Promise<string[]> {
  try {
    return await listProvinces()
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] reading the provinces failed:", error)
    return []
  }
}
