import { describe, expect, it } from "vitest";
import {
  amountField,
  draftLine,
  lineProblems,
  lineTotal,
  parseQuantity,
  quantityText,
  recordedLine,
  saleTotal,
  toInstant,
  toSaleLine,
} from "./sale";

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
      productId: null,
      description: "Kaffee Yirgacheffe",
      quantity: "-1",
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

  it("accepts decimal quantities with a dot or a comma, exactly", () => {
    expect(parseQuantity(" 2 ")).toEqual({ digits: 2n, scale: 0 });
    expect(parseQuantity("0,5")).toEqual({ digits: 5n, scale: 1 });
    expect(parseQuantity("0.125")).toEqual({ digits: 125n, scale: 3 });
    expect(parseQuantity("2.750")).toEqual({ digits: 275n, scale: 2 });
    for (const bad of ["", "0", "0,0", "-1", "1.2.3", "2x", "1000001", "0.1234567", ","]) expect(parseQuantity(bad)).toBeNull();
    for (const text of ["0.5", "2.75", "3", "0.125", "1000000"]) expect(quantityText(parseQuantity(text)!, false)).toBe(text);
    expect(quantityText(parseQuantity("0,5")!, true)).toBe("-0.5");
  });

  it("rounds a decimal quantity's total half to even, as the core does", () => {
    const cheese = (cents: number, q: string) => {
      const l = draftLine("Comté", null, amountField("x", cents));
      l.quantity = q;
      return lineTotal(l);
    };
    expect(cheese(1299, "0,5")).toBe(650); // 649.5 → 650
    expect(cheese(1301, "0.5")).toBe(650); // 650.5 → 650
    expect(cheese(2890, "0.125")).toBe(361);
    expect(cheese(1800, "2.75")).toBe(4950);
    const back = draftLine("Brie", null, amountField("22", 2200));
    back.quantity = "0,5";
    back.isReturn = true;
    expect(lineTotal(back)).toBe(-1100);
    expect(toSaleLine(back).quantity).toBe("-0.5");
  });

  it("puts a recorded line back into the form to correct it, product and return kept", () => {
    const eur = { code: "EUR", exponent: 2 };
    const money = (minor: number) => ({ minor, currency: "EUR" });
    const line = recordedLine(
      {
        productId: "p-1",
        description: "Brie, per kg",
        quantity: "-0.5",
        unitPrice: money(2200),
        unitPriceText: "22.00 EUR",
        discount: money(0),
        isReturn: true,
        total: money(-1100),
      },
      eur,
    );
    expect(line.quantity).toBe("0.5");
    expect(lineTotal(line)).toBe(-1100);
    expect(toSaleLine(line)).toMatchObject({ productId: "p-1", quantity: "-0.5", unitMinor: 2200, isReturn: true });
  });

  it("turns the local date and time into an instant", () => {
    expect(toInstant("2025-03-01T14:05")).toBe(new Date(2025, 2, 1, 14, 5).toISOString());
    expect(toInstant("")).toBeNull();
    expect(toInstant("tomorrow")).toBeNull();
  });
});
