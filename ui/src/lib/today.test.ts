import { describe, expect, it } from "vitest";
import { addDays, groupByKind } from "./today";
import type { SuggestionDto } from "./bindings/SuggestionDto";

const s = (kind: string, score: number, name = "Zoë Ødegård"): SuggestionDto => ({
  key: `${kind}:${name}:${score}`,
  customerId: "c1",
  customerName: name,
  kind,
  reason: "",
  explanation: [],
  score,
  channel: null,
});

describe("groupByKind", () => {
  it("puts promised and due things first and sorts each group by score", () => {
    const groups = groupByKind([
      s("lapsing-regular", 0.4),
      s("replenishment-due", 0.2),
      s("replenishment-due", 0.9, "李小龙"),
      s("promised-follow-up", 0.1, "O'Brien"),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(["promised-follow-up", "replenishment-due", "lapsing-regular"]);
    expect(groups[1].items.map((i) => i.customerName)).toEqual(["李小龙", "Zoë Ødegård"]);
  });

  it("keeps kinds it does not know, after the known ones", () => {
    expect(groupByKind([s("something-new", 1), s("thank-you", 0.5)]).map((g) => g.kind)).toEqual([
      "thank-you",
      "something-new",
    ]);
  });
});

describe("addDays", () => {
  it("crosses month and year ends", () => {
    expect(addDays(new Date(2026, 11, 29), 7)).toBe("2027-01-05");
    expect(addDays(new Date(2028, 1, 28), 1)).toBe("2028-02-29");
  });
});
