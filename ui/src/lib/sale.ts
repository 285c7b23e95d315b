// The New sale form's lines: what the owner typed, the totals it makes and
// what is wrong with it. Amounts are parsed by the core (parse_money) and
// kept here in minor units; quantities are exact decimals (0.5 kg, 2.75 m)
// held as an integer and a scale, so every total is exact integer arithmetic
// rounded once, half to even, as the core rounds it.
import type { CurrencyDto } from "./bindings/CurrencyDto";
import type { PurchaseLineDto } from "./bindings/PurchaseLineDto";
import type { SaleLineDto } from "./bindings/SaleLineDto";
import { amountText } from "./money";
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
  /** The catalog product of a recorded line being corrected. */
  productId: string | null;
  description: string;
  /** How many, as typed: `2`, `0.5` or `0,5` (always positive; `isReturn` makes it negative). */
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
  return { key: nextKey++, sku, productId: null, description, quantity: "1", price, discount: amountField(), isReturn: false };
}

/** Most digits after the decimal mark of a quantity (the core's limit). */
export const MAX_QUANTITY_DECIMALS = 6;

/** An exact positive quantity: `digits` / 10^`scale` (0.125 is 125n, 3). */
export interface ExactQuantity {
  digits: bigint;
  scale: number;
}

/** The quantity typed, if it is a number above 0 and at most MAX_QUANTITY,
 * with a dot or a comma and at most MAX_QUANTITY_DECIMALS decimals. */
export function parseQuantity(text: string): ExactQuantity | null {
  const m = /^(\d*)(?:[.,](\d*))?$/.exec(text.trim());
  if (!m || (m[1] === "" && !m[2])) return null;
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  if (fraction.length > MAX_QUANTITY_DECIMALS) return null;
  const digits = BigInt((m[1] || "0") + fraction);
  const scale = fraction.length;
  if (digits === 0n || digits > BigInt(MAX_QUANTITY) * 10n ** BigInt(scale)) return null;
  return { digits, scale };
}

/** The quantity as the core reads it: `0.5`, `3` (negative on a return). */
export function quantityText(q: ExactQuantity, negative: boolean): string {
  const s = q.digits.toString().padStart(q.scale + 1, "0");
  const text = q.scale === 0 ? s : `${s.slice(0, -q.scale)}.${s.slice(-q.scale)}`;
  return negative ? `-${text}` : text;
}

/** `unit` minor units × `q`, rounded half to even to a whole minor unit. */
export function timesQuantity(unit: number, q: ExactQuantity): number {
  const exact = BigInt(unit) * q.digits;
  const div = 10n ** BigInt(q.scale);
  const whole = exact / div;
  const twice = 2n * (exact % div);
  const up = twice > div || (twice === div && whole % 2n !== 0n);
  return Number(up ? whole + 1n : whole);
}

/** The line's total in minor units (negative for a return), or null while incomplete. */
export function lineTotal(line: DraftLine): number | null {
  const q = parseQuantity(line.quantity);
  const unit = line.price.minor;
  if (q === null || unit === null || unit < 0 || line.price.error || line.discount.error) return null;
  const discount = line.isReturn ? 0 : (line.discount.minor ?? 0);
  const gross = timesQuantity(unit, q);
  return (line.isReturn ? -gross : gross) - discount;
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
  else if (d < 0 || (q !== null && line.price.minor !== null && d > timesQuantity(line.price.minor, q)))
    p.discount = t.saleDiscountTooBig;
  return p;
}

/** The line for the core (quantity negative on a return). */
export function toSaleLine(line: DraftLine): SaleLineDto {
  const q = parseQuantity(line.quantity);
  return {
    sku: line.sku,
    productId: line.productId,
    description: line.description.trim(),
    quantity: q === null ? line.quantity.trim() : quantityText(q, line.isReturn),
    unitMinor: line.price.minor ?? 0,
    discountMinor: line.isReturn ? 0 : (line.discount.minor ?? 0),
    isReturn: line.isReturn,
  };
}

/** A recorded line as a line of the form, to correct it (its product kept). */
export function recordedLine(l: PurchaseLineDto, currency: CurrencyDto): DraftLine {
  const money = (minor: number) => (minor === 0 ? amountField() : amountField(amountText(minor, currency), minor));
  const line = draftLine(l.description, null, amountField(amountText(l.unitPrice.minor, currency), l.unitPrice.minor));
  line.productId = l.productId;
  line.quantity = l.quantity.replace(/^-/, "");
  line.discount = money(l.discount.minor);
  line.isReturn = l.isReturn;
  return line;
}

/** Parses the amount typed into `field` with `parse` (the core's parse_money),
 * setting its minor units or its problem, unless the text changed meanwhile. */
export function parseAmountField(
  field: AmountField,
  parse: (text: string) => Promise<{ minor: number }>,
  problem: (e: unknown) => string,
): Promise<void> {
  const text = field.text;
  if (!text.trim()) {
    field.minor = null;
    field.error = "";
    return Promise.resolve();
  }
  return parse(text)
    .then(
      (m) => ({ minor: m.minor as number | null, error: "" }),
      (e) => ({ minor: null, error: problem(e) }),
    )
    .then((r) => {
      if (field.text === text) Object.assign(field, r);
    });
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
