/**
 * Edits for a list whose rows have no ids of their own (checklist items,
 * certificate requirements): each change replaces the list, addressed by index.
 */
export function rowListActions<T extends object>(
  rows: T[],
  onChange: (rows: T[]) => void,
  newRow: () => T,
) {
  return {
    add: () => onChange([...rows, newRow()]),
    remove: (index: number) => onChange(rows.filter((_, i) => i !== index)),
    update: (index: number, change: Partial<T>) =>
      onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row))),
  }
}
