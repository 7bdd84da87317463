/**
 * Every key path of a JSON value, arrays folded into "[]", e.g.
 * "facilities[].workshops[].name". Privacy tests compare these against an
 * allowlist so a new field cannot reach the public unnoticed.
 */
export function keyPaths(value: unknown, prefix = ""): Set<string> {
  const paths = new Set<string>()
  if (Array.isArray(value)) {
    for (const item of value) {
      keyPaths(item, `${prefix}[]`).forEach((path) => paths.add(path))
    }
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key
      paths.add(path)
      keyPaths(child, path).forEach((nested) => paths.add(nested))
    }
  }
  return paths
}

/** An allowlist entry for an object and the given keys of it. */
export function allowed(prefix: string, keys: string[]): string[] {
  return [prefix, ...keys.map((key) => `${prefix}.${key}`)]
}
