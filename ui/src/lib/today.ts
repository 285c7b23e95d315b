// Filtering and wording for the Today queue: pure functions, tested. The order is core's.
import { formatLocale } from "./l10n/formats";
import type { SuggestionDto } from "./bindings/SuggestionDto";

/** The order of the kind filters (not of the list: core orders the list by customer). */
export const KIND_ORDER = [
  "promised-follow-up",
  "replenishment-due",
  "service-check",
  "occasion",
  "matches-taste",
  "lapsing-regular",
  "thank-you",
];

/** Show every kind. */
export const ALL_KINDS = "all";

/** One kind filter: the kind and how many suggestions it has. */
export interface KindCount {
  kind: string;
  count: number;
}

/** The kinds present in `suggestions`, in [`KIND_ORDER`] (unknown kinds last, by name), with counts. */
export function kindCounts(suggestions: SuggestionDto[]): KindCount[] {
  const counts = new Map<string, number>();
  for (const s of suggestions) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const rank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  return [...counts.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([kind, count]) => ({ kind, count }));
}

/** The suggestions of `kind` ([`ALL_KINDS`] for every one), in the order core gave them; a kind
 * no longer in the list shows everything. */
export function ofKind(suggestions: SuggestionDto[], kind: string): SuggestionDto[] {
  if (kind === ALL_KINDS || !suggestions.some((s) => s.kind === kind)) return suggestions;
  return suggestions.filter((s) => s.kind === kind);
}

/** `date` plus `days`, as YYYY-MM-DD. */
export function addDays(date: Date, days: number): string {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A date (YYYY-MM-DD) in the owner's words and locale. */
export function formatDay(day: string, locale: string = formatLocale): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(locale, { weekday: "long", day: "numeric", month: "long" });
}
