// The import wizard's column mapping: which field each column of the file
// holds. Columns are matched to fields by name first; the owner changes the rest.
import type { ColumnMapDto } from "./bindings/ColumnMapDto";
import type { ImportKind } from "./bindings/ImportKind";

/** Column name → field name ("" for a column not imported). */
export type Mapping = Record<string, string>;

/** Names the core also accepts for a field. */
const aliases: Record<string, string> = { name: "customer_name" };

/** The starting mapping: each column whose name is a field (any case) maps to it. */
export function guessMapping(header: string[], fields: string[]): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<string>();
  for (const column of header) {
    const name = column.trim().toLowerCase().replace(/[\s-]+/g, "_");
    const field = aliases[name] ?? name;
    mapping[column] = fields.includes(field) && !taken.has(field) ? field : "";
    if (mapping[column]) taken.add(field);
  }
  return mapping;
}

/** What the core needs: every column that holds a field. */
export function toRequest(mapping: Mapping): ColumnMapDto[] {
  return Object.entries(mapping)
    .filter(([, field]) => field !== "")
    .map(([column, field]) => ({ column, field }));
}

/** Fields chosen for more than one column. */
export function duplicates(mapping: Mapping): string[] {
  const seen = new Map<string, number>();
  for (const f of Object.values(mapping)) if (f) seen.set(f, (seen.get(f) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([f]) => f);
}

/** Fields the file must have for `kind`, as "a or b" groups still missing. */
export function missing(kind: ImportKind, mapping: Mapping): string[][] {
  const chosen = new Set(Object.values(mapping));
  const groups: string[][] =
    kind === "customers"
      ? [["customer_name", "customer_ref"]]
      : [["customer_ref", "customer_name", "email", "phone"], ["date"], ["sku", "product"], ["quantity"], ["line_total"]];
  return groups.filter((g) => !g.some((f) => chosen.has(f)));
}
