// The import wizard's reading of a dry run: what it recognised, in words;
// the column choices it starts from; and what the owner's fixes send back.
import type { ImportReportDto } from "./bindings/ImportReportDto";
import type { LayoutSeenDto } from "./bindings/LayoutSeenDto";
import type { ImportRequestDto } from "./bindings/ImportRequestDto";
import type { ImportKind } from "./bindings/ImportKind";
import { toRequest, type Mapping } from "./mapping";
import { t } from "./strings";

/** The wizard's steps in order, each named in `t.impSteps`. */
export const importSteps = ["choose", "check", "import"] as const;

/** The layouts a file can be read as, by what it holds (name → words); the same names as crates/core/src/import/layouts/. */
export const LAYOUTS: Record<ImportKind, [string, string][]> = {
  purchases: [
    ["shopify", "Shopify orders export"],
    ["square-items", "Square item-details export"],
    ["square-transactions", "Square transactions export"],
    ["sumup", "SumUp sales export"],
    ["lightspeed-r", "Lightspeed Retail (R-Series) sales lines"],
    ["lightspeed-x", "Lightspeed Retail (X-Series) sales export"],
    ["loyverse", "Loyverse receipts-by-item export"],
    ["woocommerce", "WooCommerce orders export"],
    ["shopkeeper", "Shopkeeper purchase file"],
  ],
  customers: [
    ["shopify-customers", "Shopify customers export"],
    ["square-customers", "Square customers export"],
    ["shopkeeper-customers", "Shopkeeper customer file"],
  ],
};

/** "This looks like a Square item-details export", or how else the columns were read. */
export function recognitionSentence(layout: LayoutSeenDto): string {
  switch (layout.how) {
    case "recognised":
      return t.impLooksLike(layout.displayName || layout.name);
    case "chosen":
      return t.impReadAs(layout.displayName || layout.name);
    case "remembered":
      return t.impRemembered;
    case "mapped":
      return t.impMapped;
    case "columnNames":
      return t.impByNames;
  }
}

/** The column choices a dry run used: each column of `header` to its field, or "" when not read. */
export function mappingFrom(header: string[], layout: LayoutSeenDto | null): Mapping {
  const mapping: Mapping = Object.fromEntries(header.map((c) => [c, ""]));
  for (const { column, field } of layout?.columns ?? []) if (column in mapping) mapping[column] = field;
  return mapping;
}

/** The owner's choices for the wizard. */
export type Choices = {
  /** The CSV file. */
  path: string;
  /** Customers or purchases. */
  kind: ImportKind;
  /** The columns, when the owner fixed one; null to let Shopkeeper read the file. */
  mapping: Mapping | null;
  /** A layout chosen instead of the one recognised ("" for none). */
  layout: string;
  /** "dmy" or "mdy" when the owner said how dates are written ("" for none). */
  dateOrder: string;
  /** Import the good rows and leave out the bad ones. */
  skipBad: boolean;
};

/** What the backend gets for `choices` (a dry run or the real import). */
export function requestFor(c: Choices, dryRun: boolean): ImportRequestDto {
  return {
    path: c.path.trim(),
    kind: c.kind,
    map: c.mapping ? toRequest(c.mapping) : [],
    dateFormat: null,
    layout: c.layout || null,
    dateOrder: c.dateOrder || null,
    dryRun,
    skipBad: c.skipBad,
  };
}

/** Whether an error asks the owner how the file writes dates (03/04/2024: 3 April or 4 March?). */
export function asksDateOrder(field: string | null): boolean {
  return field === "date_order";
}

/** The facts of a dry run in words: rows, receipts, currency, date order. */
export function checkFacts(r: ImportReportDto, kind: ImportKind): string[] {
  const facts = [t.impFactRows(r.rows, r.goodRows)];
  if (kind === "purchases") facts.push(t.impFactReceipts(r.purchases));
  else facts.push(t.impFactCustomers(r.customersCreated, r.customersMatched));
  if (r.currency) facts.push(r.currencySet ? t.impFactCurrencyNew(r.currency) : t.impFactCurrency(r.currency));
  if (r.dateOrder) facts.push(t.impFactDates(t.impDateOrders[r.dateOrder] ?? r.dateOrder));
  return facts;
}

/** The summary of a written import, one line a fact, leaving out what is zero. */
export function summaryLines(r: ImportReportDto): string[] {
  const lines = [t.impSumPurchases(r.purchases, r.lines), t.impSumCustomers(r.customersCreated, r.customersMatched)];
  if (r.walkIns > 0) lines.push(t.impSumWalkIns(r.walkIns));
  if (r.refunds > 0) lines.push(t.impSumRefunds(r.refunds));
  if (r.alreadyImported > 0) lines.push(t.impSumAlready(r.alreadyImported));
  if (r.notSales > 0) lines.push(t.impSumNotSales(r.notSales));
  if (r.consents > 0) lines.push(t.impSumConsents(r.consents));
  if (r.currencySet && r.currency) lines.push(t.impSumCurrency(r.currency));
  if (r.badCount > 0) lines.push(t.impSumBad(r.badCount));
  if (r.mappingRemembered) lines.push(t.impSumRemembered);
  return lines;
}
