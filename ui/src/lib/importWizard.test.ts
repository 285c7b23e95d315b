import { describe, expect, it } from "vitest";
import type { ImportReportDto } from "./bindings/ImportReportDto";
import type { LayoutSeenDto } from "./bindings/LayoutSeenDto";
import { asksDateOrder, checkFacts, LAYOUTS, mappingFrom, recognitionSentence, requestFor, summaryLines } from "./importWizard";

const square: LayoutSeenDto = {
  name: "square-items",
  displayName: "Square item-details export",
  how: "recognised",
  columns: [
    { column: "Date", field: "date" },
    { column: "Qty", field: "quantity" },
    { column: "Gone", field: "email" },
  ],
};

function report(over: Partial<ImportReportDto>): ImportReportDto {
  return {
    rows: 5, goodRows: 4, bad: [], badCount: 0, customersCreated: 2, customersMatched: 0, productsCreated: 4,
    purchases: 3, lines: 4, walkIns: 1, refunds: 1, alreadyImported: 0, batch: "b1", written: true, layout: square,
    preview: [], currency: "USD", currencySet: true, dateOrder: "ymd", notSales: 0, consents: 0, mappingRemembered: false,
    ...over,
  };
}

describe("import wizard", () => {
  it("says in words how the file was read", () => {
    expect(recognitionSentence(square)).toBe("This looks like a Square item-details export.");
    expect(recognitionSentence({ ...square, how: "columnNames", displayName: "" })).toBe("Columns matched by their names.");
    expect(recognitionSentence({ ...square, how: "remembered" })).toBe("Your column choices from last time were used.");
    expect(recognitionSentence({ ...square, how: "chosen" })).toBe("Read as a Square item-details export, as you chose.");
  });

  it("starts the column choices from the dry run's, leaving unread columns empty", () => {
    expect(mappingFrom(["Date", "Qty", "Item"], square)).toEqual({ Date: "date", Qty: "quantity", Item: "" });
    expect(mappingFrom(["Date"], null)).toEqual({ Date: "" });
  });

  it("sends the columns only when the owner fixed one, and the overrides only when chosen", () => {
    const base = { path: " /tmp/f.csv ", kind: "purchases" as const, mapping: null, layout: "", dateOrder: "", skipBad: false };
    expect(requestFor(base, true)).toEqual({
      path: "/tmp/f.csv", kind: "purchases", map: [], dateFormat: null, layout: null, dateOrder: null, dryRun: true, skipBad: false,
    });
    const fixed = requestFor({ ...base, mapping: { Date: "date", Item: "" }, layout: "sumup", dateOrder: "dmy" }, false);
    expect(fixed.map).toEqual([
      { column: "Date", field: "date" },
      { column: "Item", field: "ignore" },
    ]);
    expect([fixed.layout, fixed.dateOrder, fixed.dryRun]).toEqual(["sumup", "dmy", false]);
  });

  it("asks for the date order only when the error is about it", () => {
    expect(asksDateOrder("date_order")).toBe(true);
    expect(asksDateOrder(null)).toBe(false);
  });

  it("lists the check's facts and the summary's numbers, leaving out what is zero", () => {
    expect(checkFacts(report({}), "purchases")).toEqual([
      "5 rows, 4 ready to import",
      "3 receipts or orders",
      "amounts in USD (will become the shop's currency)",
      "dates written year first (2024-03-31)",
    ]);
    expect(summaryLines(report({ walkIns: 412 }))).toEqual([
      "3 purchases recorded, 4 lines.",
      "2 new customers, 0 already in the shop.",
      "412 sales without a customer, not imported.",
      "1 refund or return among them.",
      "The shop's currency is now USD, as in the file.",
    ]);
    const more = summaryLines(report({ currencySet: false, refunds: 0, walkIns: 0, alreadyImported: 2, notSales: 1, consents: 3, badCount: 1, mappingRemembered: true }));
    expect(more.slice(2)).toEqual([
      "2 receipts were already in the shop, left as they were.",
      "1 row is not a sale (voided, cancelled, refunded in full, or a payment row), left out.",
      "3 consents from the file recorded.",
      "1 row left out because of a problem (listed below).",
      "Your column choices are remembered for the next file like this one.",
    ]);
  });

  it("offers exactly the layouts core has, by their names and words (crates/core/src/import/layouts/)", () => {
    const files = import.meta.glob<string>("../../../crates/core/src/import/layouts/*.toml", { query: "?raw", import: "default", eager: true });
    const inCore: Record<string, [string, string][]> = { purchases: [], customers: [] };
    for (const [file, text] of Object.entries(files)) {
      if (file.endsWith("synonyms.toml")) continue;
      const get = (key: string) => text.match(new RegExp(`^${key} = "(.*)"$`, "m"))?.[1] ?? "";
      inCore[get("kind")].push([get("name"), get("display_name")]);
    }
    const sorted = (l: [string, string][]) => [...l].sort((a, b) => a[0].localeCompare(b[0]));
    expect(sorted(LAYOUTS.purchases)).toEqual(sorted(inCore.purchases));
    expect(sorted(LAYOUTS.customers)).toEqual(sorted(inCore.customers));
  });
});
