// The New sale form's lines: what the owner typed, the totals it makes and
// what is wrong with it. Amounts are parsed by the core (parse_money) and
// kept here in minor units, so every sum is exact integer arithmetic.
import type { SaleLineDto } from "./bindings/SaleLineDto";
import { t } from "./strings";

/** The most of one item on a line (the core's limit). */
export const MAX_QUANTITY = 1_000_000;

/** An amount field: the text typed and, once parsed, its minor units or the problem. */
export interface AmountField {
  text: string;
  minor: number | null;
  error: string;
}

/** One line as typed. */
export interface DraftLine {
  /** Stable key for the list and the fields' ids. */
  key: number;
  /** The catalog SKU, for a catalog product. */
  sku: string | null;
  description: string;
  /** How many, as typed (always positive; `isReturn` makes it negative). */
  quantity: string;
  price: AmountField;
  discount: AmountField;
  isReturn: boolean;
}

/** The problems of one line, by field. */
export type LineProblems = Partial<Record<"description" | "quantity" | "price" | "discount", string>>;

/** An amount field holding `minor` already (e.g. a catalog price) shown as `text`. */
export function amountField(text = "", minor: number | null = null): AmountField {
  return { text, minor: text.trim() === "" ? null : minor, error: "" };
}

let nextKey = 1;

/** A new line: a catalog product at its price, or free text to be priced. */
export function draftLine(description: string, sku: string | null = null, price = amountField()): DraftLine {
  return { key: nextKey++, sku, description, quantity: "1", price, discount: amountField(), isReturn: false };
}

/** The quantity typed, if it is a whole number from 1 to MAX_QUANTITY. */
export function parseQuantity(text: string): number | null {
  const s = text.trim();
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= MAX_QUANTITY ? n : null;
}

/** The line's total in minor units (negative for a return), or null while incomplete. */
export function lineTotal(line: DraftLine): number | null {
  const q = parseQuantity(line.quantity);
  const unit = line.price.minor;
  if (q === null || unit === null || line.price.error || line.discount.error) return null;
  const discount = line.isReturn ? 0 : (line.discount.minor ?? 0);
  return (line.isReturn ? -q : q) * unit - discount;
}

/** The sum of the lines that are complete. */
export function saleTotal(lines: DraftLine[]): number {
  return lines.reduce((sum, l) => sum + (lineTotal(l) ?? 0), 0);
}

/** What is wrong with a line, in words, by field. */
export function lineProblems(line: DraftLine): LineProblems {
  const p: LineProblems = {};
  if (!line.description.trim()) p.description = t.saleNeedsDescription;
  if (parseQuantity(line.quantity) === null) p.quantity = t.saleBadQuantity;
  if (line.price.error) p.price = line.price.error;
  else if (line.price.minor === null) p.price = t.saleNeedsPrice;
  else if (line.price.minor < 0) p.price = t.saleNegativePrice;
  const q = parseQuantity(line.quantity);
  const d = line.discount.minor ?? 0;
  if (line.discount.error) p.discount = line.discount.error;
  else if (line.isReturn && d !== 0) p.discount = t.saleNoDiscountOnReturn;
  else if (d < 0 || (q !== null && line.price.minor !== null && d > q * line.price.minor))
    p.discount = t.saleDiscountTooBig;
  return p;
}

/** The line for the core (quantity negative on a return). */
export function toSaleLine(line: DraftLine): SaleLineDto {
  const q = parseQuantity(line.quantity) ?? 0;
  return {
    sku: line.sku,
    description: line.description.trim(),
    quantity: line.isReturn ? -q : q,
    unitMinor: line.price.minor ?? 0,
    discountMinor: line.isReturn ? 0 : (line.discount.minor ?? 0),
    isReturn: line.isReturn,
  };
}

/** A local date and time for a datetime-local field, e.g. "2025-03-01T14:05". */
export function localDateTime(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A datetime-local value as RFC 3339 (UTC), or null if it is not a date and time. */
export function toInstant(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
