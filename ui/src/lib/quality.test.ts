import { describe, expect, it } from "vitest";
import { chartLayout, chosen, hasEnoughHistory, inTen, niceCeiling, purchases, verdict } from "./quality";
import type { QualityDto } from "./bindings/QualityDto";

const report = (over: Partial<QualityDto> = {}): QualityDto => ({
  asOf: "2026-08-25",
  lookbackDays: 90,
  horizonDays: 60,
  customers: 120,
  baseRate: 0.3,
  method: "blend",
  contest: [],
  precisionTop10: 0.72,
  precisionTop10Recency: 0.55,
  precisionTop10Bgnbd: 0.7,
  liftTop10: 2.4,
  auc: 0.8,
  aucRecency: 0.7,
  aucBgnbd: 0.78,
  calibration: [
    { count: 12, meanPredicted: 0.1, meanActual: 0.05 },
    { count: 12, meanPredicted: 0.9, meanActual: 1.2 },
  ],
  ...over,
});

describe("inTen", () => {
  it("rounds a share to a whole number out of ten", () => {
    expect(inTen(0.72)).toBe(7);
    expect(inTen(0.55)).toBe(6);
    expect(inTen(0)).toBe(0);
    expect(inTen(1)).toBe(10);
  });
  it("stays within 0..10 whatever comes in", () => {
    expect(inTen(1.3)).toBe(10);
    expect(inTen(-0.2)).toBe(0);
    expect(inTen(Number.NaN)).toBe(0);
  });
});

describe("hasEnoughHistory", () => {
  it("needs a report, enough customers and a calibration table", () => {
    expect(hasEnoughHistory(null)).toBe(false);
    expect(hasEnoughHistory(report({ customers: 12 }))).toBe(false);
    expect(hasEnoughHistory(report({ calibration: [] }))).toBe(false);
    expect(hasEnoughHistory(report())).toBe(true);
  });
});

describe("verdict", () => {
  it("compares the two N in 10", () => {
    expect(verdict(report())).toBe("better");
    expect(verdict(report({ precisionTop10: 0.58 }))).toBe("same");
    expect(verdict(report({ precisionTop10: 0.3 }))).toBe("worse");
  });
});

describe("chosen", () => {
  it("says nothing when there was no contest", () => {
    expect(chosen(report())).toBeNull();
    expect(chosen(report({ contest: [{ method: "blend", auc: 0.8 }] }))).toBeNull();
  });
  it("names the chosen way and what it beat, out of a hundred", () => {
    const c = chosen(
      report({
        method: "learned",
        contest: [
          { method: "learned", auc: 0.8249 },
          { method: "bgnbd", auc: 0.811 },
          { method: "recency", auc: 0.7 },
        ],
      }),
    );
    expect(c).toEqual({
      method: "learned",
      inHundred: 82,
      beat: [
        { method: "bgnbd", inHundred: 81 },
        { method: "recency", inHundred: 70 },
      ],
    });
  });
});

describe("purchases", () => {
  it("shows small numbers with two decimals and larger ones with fewer", () => {
    expect(purchases(0.456, "en")).toBe("0.46");
    expect(purchases(1.26, "en")).toBe("1.3");
    expect(purchases(12.4, "en")).toBe("12");
    expect(purchases(0.5, "de")).toBe("0,5");
  });
});

describe("niceCeiling", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceCeiling(0.3)).toBeCloseTo(0.5);
    expect(niceCeiling(0.1 + 0.2)).toBeCloseTo(0.5);
    expect(niceCeiling(1.7)).toBe(2);
    expect(niceCeiling(2.2)).toBe(2.5);
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(2)).toBe(2);
  });
  it("falls back to 1 when there is nothing to show", () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(Number.NaN)).toBe(1);
  });
});

describe("chartLayout", () => {
  const layout = chartLayout(report().calibration, 520, 240);

  it("puts one labelled pair per tenth, left to right, inside the plot", () => {
    expect(layout.pairs.map((p) => p.label)).toEqual(["1", "2"]);
    expect(layout.pairs[0].center).toBeLessThan(layout.pairs[1].center);
    for (const p of layout.pairs) {
      for (const b of [p.predicted, p.actual]) {
        expect(b.x).toBeGreaterThanOrEqual(layout.plot.left);
        expect(b.x + b.width).toBeLessThanOrEqual(layout.plot.right);
        expect(b.y + b.height).toBeCloseTo(layout.plot.bottom);
        expect(b.y).toBeGreaterThanOrEqual(layout.plot.top);
      }
      expect(p.predicted.x + p.predicted.width).toBeLessThanOrEqual(p.actual.x);
    }
  });

  it("scales the bars to a nice top tick", () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(layout.ticks[4].y).toBe(layout.plot.top);
    const tall = layout.pairs[1].actual;
    expect(tall.height / (layout.plot.bottom - layout.plot.top)).toBeCloseTo(1.2 / 2);
  });

  it("draws nothing for an empty table and never a negative bar", () => {
    expect(chartLayout([]).pairs).toEqual([]);
    const odd = chartLayout([{ count: 1, meanPredicted: -0.1, meanActual: 0 }]);
    expect(odd.pairs[0].predicted.height).toBe(0);
  });
});
