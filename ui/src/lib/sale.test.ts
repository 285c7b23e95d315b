import { describe, expect, it } from "vitest";
import { amountField, draftLine, lineProblems, lineTotal, parseQuantity, saleTotal, toInstant, toSaleLine } from "./sale";

const coffee = () => draftLine("Kaffee Yirgacheffe", "YIR-250", amountField("12,50", 1250));

describe("sale lines", () => {
  it("totals quantity × price − discount in exact minor units", () => {
    const l = coffee();
    expect(lineTotal(l)).toBe(1250);
    l.quantity = "2";
    expect(lineTotal(l)).toBe(2500);
    l.discount = amountField("1", 100);
    expect(lineTotal(l)).toBe(2400);
    // 3 × 0.10 is 30 cents, not 0.30000000000000004.
    const tea = draftLine("Tea", null, amountField("0.10", 10));
    tea.quantity = "3";
    expect(lineTotal(tea)).toBe(30);
    expect(saleTotal([l, tea])).toBe(2430);
  });

  it("makes a return line negative and sends a negative quantity", () => {
    const l = coffee();
    l.isReturn = true;
    expect(lineTotal(l)).toBe(-1250);
    expect(toSaleLine(l)).toEqual({
      sku: "YIR-250",
      description: "Kaffee Yirgacheffe",
      quantity: -1,
      unitMinor: 1250,
      discountMinor: 0,
      isReturn: true,
    });
    expect(saleTotal([coffee(), l])).toBe(0);
  });

  it("leaves incomplete lines out of the total and says what is missing", () => {
    const free = draftLine("Gift wrapping");
    expect(lineTotal(free)).toBeNull();
    expect(lineProblems(free)).toEqual({ price: expect.any(String) });
    free.quantity = "0";
    expect(Object.keys(lineProblems(free)).sort()).toEqual(["price", "quantity"]);
    expect(saleTotal([free, coffee()])).toBe(1250);
    const bad = coffee();
    bad.price = { text: "12,5x", minor: null, error: "\"12,5x\" is not an amount like 12.50." };
    expect(lineProblems(bad).price).toContain("12,5x");
    const greedy = coffee();
    greedy.discount = amountField("20", 2000);
    expect(lineProblems(greedy).discount).toBeDefined();
    expect(lineProblems(coffee())).toEqual({});
  });

  it("accepts whole quantities only", () => {
    expect(parseQuantity(" 2 ")).toBe(2);
    for (const bad of ["", "0", "-1", "1.5", "2x", "1000001"]) expect(parseQuantity(bad)).toBeNull();
  });

  it("turns the local date and time into an instant", () => {
    expect(toInstant("2025-03-01T14:05")).toBe(new Date(2025, 2, 1, 14, 5).toISOString());
    expect(toInstant("")).toBeNull();
    expect(toInstant("tomorrow")).toBeNull();
  });
});
