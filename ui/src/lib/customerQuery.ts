// The customer list's controls as typed by the owner, turned into the core's
// filter; money and dates shown the owner's way; the privacy symbol's meaning.
import { formatLocale } from "./l10n/formats";
import type { CustomerFilterDto, CustomerRowDto, MoneyDto } from "./api/customers";

/** The list's controls, as typed or chosen. */
export interface ListControls {
  query: string;
  tag: string;
  /** "" (any), "within:N" (came in within N days) or "away:N" (not for N days). */
  visit: string;
  /** An amount such as "50" or "12,50", in the shop's currency; "" for any. */
  minSpent: string;
  /** "" (any), "may-message", "no-messages" or "not-asked". */
  messages: string;
}

/** The "Last visit" choices, in the order shown (each labelled in `t.listVisits`). */
export const visitChoices = ["", "within:30", "within:90", "within:365", "away:60", "away:180", "away:365"] as const;

/** The "May we write?" choices, in the order shown (each labelled in `t.listMessageChoices`). */
export const messageChoices = ["", "may-message", "no-messages", "not-asked"] as const;

/** Controls that narrow nothing. */
export const noControls: ListControls = { query: "", tag: "", visit: "", minSpent: "", messages: "" };

/** Digits after the decimal point in `currency` (2 for EUR, 0 for JPY). */
export function fractionDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** A typed amount in minor units of `currency`, or null when it is not an amount. */
export function toMinor(amount: string, currency: string): number | null {
  const t = amount.trim().replace(/\s/g, "");
  if (!/^\d+([.,]\d*)?$/.test(t)) return null;
  const [whole, frac = ""] = t.replace(",", ".").split(".");
  const digits = fractionDigits(currency);
  if (frac.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(frac.padEnd(digits, "0") || "0");
}

/** The core's filter for the controls; `invalid` names a control whose text is not understood. */
export function toFilter(c: ListControls, currency: string): { filter: CustomerFilterDto; invalid?: "minSpent" } {
  const text = (s: string) => (s.trim() === "" ? null : s.trim());
  const [kind, days] = c.visit.split(":");
  const n = Number(days);
  const minSpent = c.minSpent.trim() === "" ? null : toMinor(c.minSpent, currency);
  const filter: CustomerFilterDto = {
    query: text(c.query),
    tag: text(c.tag),
    visitedWithinDays: kind === "within" && n > 0 ? n : null,
    awayForDays: kind === "away" && n > 0 ? n : null,
    minSpentMinor: minSpent,
    messages: text(c.messages),
  };
  return minSpent === null && c.minSpent.trim() !== "" ? { filter, invalid: "minSpent" } : { filter };
}

/** Whether any control narrows the list. */
export function isFiltered(c: ListControls): boolean {
  return Object.values(c).some((v) => v.trim() !== "");
}

/** Money the owner's way: "€12.50", "12,50 €", "¥1,200". */
export function formatMoney(m: MoneyDto, locale: string = formatLocale): string {
  const digits = fractionDigits(m.currency);
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: m.currency }).format(m.minor / 10 ** digits);
  } catch {
    return `${(m.minor / 10 ** digits).toFixed(digits)} ${m.currency}`;
  }
}

/** A date (RFC 3339 or YYYY-MM-DD) the owner's way. */
export function formatDate(when: string | null, locale: string = formatLocale): string {
  if (!when) return "";
  const d = new Date(when.length === 10 ? `${when}T12:00:00` : when);
  return Number.isNaN(d.getTime()) ? when : new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(d);
}

/** A date and time the owner's way. */
export function formatDateTime(when: string, locale: string = formatLocale): string {
  const d = new Date(when);
  return Number.isNaN(d.getTime())
    ? when
    : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** What a customer allows, for the privacy symbol: messages on some channels, none, or never asked. */
export type Privacy = { kind: "allows"; channels: string[] } | { kind: "none" } | { kind: "unasked" };

/** The privacy symbol's state for a row. */
export function privacyOf(row: Pick<CustomerRowDto, "messageChannels" | "asked">): Privacy {
  if (row.messageChannels.length > 0) return { kind: "allows", channels: row.messageChannels };
  return row.asked ? { kind: "none" } : { kind: "unasked" };
}
