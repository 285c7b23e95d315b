import { describe, expect, it } from "vitest";
import { outcomeSentences } from "./outcomes";
import type { OutcomeDto } from "./bindings/OutcomeDto";

const o = (kind: string, counts: Partial<OutcomeDto>): OutcomeDto => ({
  kind,
  horizonDays: 60,
  done: 0,
  doneCameBack: 0,
  notContacted: 0,
  notContactedCameBack: 0,
  waiting: 0,
  waitingCameBack: 0,
  ...counts,
});

describe("outcomeSentences", () => {
  it("says how the follow-ups did against those not contacted", () => {
    expect(outcomeSentences(o("thank-you", { done: 40, doneCameBack: 18, notContacted: 40, notContactedCameBack: 11 }))).toEqual([
      "Of 40 thank-yous, 18 came back within 60 days (those not contacted: 11 of 40).",
    ]);
  });

  it("puts one and many in the right form", () => {
    expect(
      outcomeSentences(o("service-check", { done: 1, doneCameBack: 0, waiting: 1, waitingCameBack: 1, horizonDays: 1 })),
    ).toEqual([
      "Of 1 service reminder, none came back within 1 day (no one shown and not contacted to compare with yet).",
      "1 more service reminder is still within its 1 day; 1 has come back so far.",
    ]);
    expect(outcomeSentences(o("thank-you", { waiting: 3, waitingCameBack: 2 }))).toEqual([
      "3 thank-yous are still within their 60 days; 2 have come back so far.",
    ]);
  });

  it("tells the comparison alone while no follow-up is old enough", () => {
    expect(outcomeSentences(o("lapsing-regular", { notContacted: 5, notContactedCameBack: 2 }))).toEqual([
      "No notes to regulars you hadn't seen done long enough ago to tell yet; of those not contacted, 2 of 5 came back within 60 days.",
    ]);
  });
});
