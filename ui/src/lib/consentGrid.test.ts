import { describe, expect, it } from "vitest";
import { consentGrid, draftToConsent, startDraft } from "./consentGrid";

const status = [
  { channel: "email", purpose: "recommendations", state: "granted", since: "2025-01-02T10:00:00Z", permits: true },
  { channel: "sms", purpose: "promotions", state: "refused", since: "2025-01-03T10:00:00Z", permits: false },
];

describe("consent grid", () => {
  it("has a row per channel and a cell per purpose, unknown cells not asked", () => {
    const grid = consentGrid(status, ["email", "sms"], ["service", "recommendations", "promotions"]);
    expect(grid.map((r) => r.map((c) => c.state))).toEqual([
      ["not-asked", "granted", "not-asked"],
      ["not-asked", "not-asked", "refused"],
    ]);
    expect(grid[0][1].since).toBe("2025-01-02T10:00:00Z");
  });

  it("starts a change at the opposite answer with the last wording version", () => {
    const [row] = consentGrid(status, ["email"], ["recommendations", "occasions"]);
    expect(startDraft(row[0], "v2")).toMatchObject({ state: "refused", wordingVersion: "v2", method: "" });
    expect(startDraft(row[1], null)).toMatchObject({ state: "granted", wordingVersion: "" });
  });

  it("needs to know how consent was obtained before it is recorded", () => {
    const [row] = consentGrid([], ["email"], ["recommendations"]);
    const draft = startDraft(row[0], null);
    expect(draftToConsent(draft)).toEqual({ missing: "method" });
    expect(draftToConsent({ ...draft, method: "other", otherMethod: "  " })).toEqual({ missing: "method" });
    expect(draftToConsent({ ...draft, method: "in person", note: " asked at the till " })).toEqual({
      input: {
        channel: "email",
        purpose: "recommendations",
        state: "granted",
        method: "in person",
        wordingVersion: null,
        note: "asked at the till",
      },
    });
    expect(draftToConsent({ ...draft, method: "other", otherMethod: "WhatsApp message" })).toMatchObject({
      input: { method: "WhatsApp message" },
    });
  });
});
