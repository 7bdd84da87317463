/**
 * The events a module service emits for its rows, `<resource>.created|updated|deleted`
 * (`product`, or `<module>.<model>` for our own modules: `provenance.workshop`).
 */
export const rowChangeEvents = (...resources: string[]) =>
  resources.flatMap((resource) =>
    ["created", "updated", "deleted"].map((action) => `${resource}.${action}`),
  )
