import { describe, expect, it } from "vitest";
import { formatMoney, isFiltered, noControls, privacyOf, toFilter, toMinor } from "./customerQuery";

describe("customer list controls", () => {
  it("narrow nothing when empty", () => {
    expect(toFilter(noControls, "EUR")).toEqual({
      filter: { query: null, tag: null, visitedWithinDays: null, awayForDays: null, minSpentMinor: null, messages: null },
    });
    expect(isFiltered(noControls)).toBe(false);
  });

  it("become the core's filter, trimmed, with amounts in minor units of the currency", () => {
    const { filter, invalid } = toFilter(
      { query: "  Zoë Øde ", tag: " café ", visit: "away:90", minSpent: "12,5", messages: "may-message" },
      "EUR",
    );
    expect(invalid).toBeUndefined();
    expect(filter).toEqual({
      query: "Zoë Øde",
      tag: "café",
      visitedWithinDays: null,
      awayForDays: 90,
      minSpentMinor: 1250,
      messages: "may-message",
    });
    expect(toFilter({ ...noControls, visit: "within:30" }, "EUR").filter.visitedWithinDays).toBe(30);
    expect(toMinor("1200", "JPY")).toBe(1200);
    expect(toMinor("1.5", "JPY")).toBeNull();
    expect(toMinor("3.125", "KWD")).toBe(3125);
  });

  it("name the control whose text is not an amount, and do not filter by it", () => {
    const r = toFilter({ ...noControls, minSpent: "lots" }, "GBP");
    expect(r.invalid).toBe("minSpent");
    expect(r.filter.minSpentMinor).toBeNull();
  });

  it("format money with the currency's own decimals", () => {
    expect(formatMoney({ minor: 1250, currency: "EUR" }, "en-GB")).toBe("€12.50");
    expect(formatMoney({ minor: 1200, currency: "JPY" }, "en-GB")).toBe("JP¥1,200");
    expect(formatMoney({ minor: -500, currency: "GBP" }, "en-GB")).toBe("-£5.00");
  });

  it("tell the privacy symbol what the customer allows", () => {
    expect(privacyOf({ messageChannels: ["email"], asked: true })).toEqual({ kind: "allows", channels: ["email"] });
    expect(privacyOf({ messageChannels: [], asked: true })).toEqual({ kind: "none" });
    expect(privacyOf({ messageChannels: [], asked: false })).toEqual({ kind: "unasked" });
  });
});
