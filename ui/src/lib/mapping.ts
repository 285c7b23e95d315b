// The import wizard's column mapping: which field each column of the file
// holds, as the dry run read it; the owner changes what is wrong.
import type { ColumnMapDto } from "./bindings/ColumnMapDto";

/** Column name → field name ("" for a column not imported). */
export type Mapping = Record<string, string>;

/** The field name core takes for a column left out. */
const IGNORE = "ignore";

/** What the core needs: every column, with the field it holds or "ignore" (so a column read wrongly can be left out). */
export function toRequest(mapping: Mapping): ColumnMapDto[] {
  return Object.entries(mapping).map(([column, field]) => ({ column, field: field || IGNORE }));
}

/** Fields chosen for more than one column. */
export function duplicates(mapping: Mapping): string[] {
  const seen = new Map<string, number>();
  for (const f of Object.values(mapping)) if (f) seen.set(f, (seen.get(f) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([f]) => f);
}
