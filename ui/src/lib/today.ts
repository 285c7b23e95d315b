// Grouping and wording for the Today queue: pure functions, tested.
import type { SuggestionDto } from "./bindings/SuggestionDto";

/** The order kinds are shown in: what is time-critical first. */
export const KIND_ORDER = [
  "promised-follow-up",
  "replenishment-due",
  "service-check",
  "occasion",
  "matches-taste",
  "lapsing-regular",
  "thank-you",
];

/** One group of the queue. */
export interface KindGroup {
  kind: string;
  items: SuggestionDto[];
}

/** Suggestions grouped by kind in [`KIND_ORDER`] (unknown kinds last), each
 * group best score first. */
export function groupByKind(suggestions: SuggestionDto[]): KindGroup[] {
  const groups = new Map<string, SuggestionDto[]>();
  for (const s of suggestions) groups.set(s.kind, [...(groups.get(s.kind) ?? []), s]);
  const rank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([kind, items]) => ({ kind, items: [...items].sort((a, b) => b.score - a.score) }));
}

/** `date` plus `days`, as YYYY-MM-DD. */
export function addDays(date: Date, days: number): string {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A date (YYYY-MM-DD) in the owner's words and locale. */
export function formatDay(day: string, locale?: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(locale, { weekday: "long", day: "numeric", month: "long" });
}
