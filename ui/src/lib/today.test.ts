import { describe, expect, it } from "vitest";
import { ALL_KINDS, addDays, kindCounts, ofKind } from "./today";
import type { SuggestionDto } from "./bindings/SuggestionDto";

const s = (kind: string, score: number, name = "Zoë Ødegård"): SuggestionDto => ({
  key: `${kind}:${name}:${score}`,
  customerId: "c1",
  customerName: name,
  kind,
  reason: "",
  reasonKey: "reason-suggestion",
  reasonArgs: {},
  explanation: [],
  score,
  channel: null,
});

describe("kindCounts", () => {
  it("counts each kind, filters in a fixed order, unknown kinds last", () => {
    const counts = kindCounts([
      s("lapsing-regular", 0.9),
      s("something-new", 0.8),
      s("replenishment-due", 0.7),
      s("lapsing-regular", 0.2, "李小龙"),
      s("promised-follow-up", 0.1, "O'Brien"),
    ]);
    expect(counts).toEqual([
      { kind: "promised-follow-up", count: 1 },
      { kind: "replenishment-due", count: 1 },
      { kind: "lapsing-regular", count: 2 },
      { kind: "something-new", count: 1 },
    ]);
  });
});

describe("ofKind", () => {
  const list = [
    s("thank-you", 0.9, "李小龙"),
    s("lapsing-regular", 0.5),
    s("promised-follow-up", 0.5, "O'Brien"),
    s("thank-you", 0.1),
  ];

  it("keeps core's order, whatever the kind", () => {
    expect(ofKind(list, ALL_KINDS)).toEqual(list);
    expect(ofKind(list, "thank-you").map((x) => x.customerName)).toEqual(["李小龙", "Zoë Ødegård"]);
  });

  it("shows everything when the chosen kind has gone", () => {
    expect(ofKind(list, "occasion")).toEqual(list);
  });
});

describe("addDays", () => {
  it("crosses month and year ends", () => {
    expect(addDays(new Date(2026, 11, 29), 7)).toBe("2027-01-05");
    expect(addDays(new Date(2028, 1, 28), 1)).toBe("2028-02-29");
  });
});
