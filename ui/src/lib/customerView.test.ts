import { describe, expect, it, vi } from "vitest";
import { answerOf, formChoices, nearestPeriod, splitList, throttled } from "./customerView.svelte";

describe("customer view helpers", () => {
  it("splits lists typed with commas or new lines", () => {
    expect(splitList(" zoe@example.no,\n\n ob@example.ie ,")).toEqual(["zoe@example.no", "ob@example.ie"]);
    expect(splitList("")).toEqual([]);
  });

  it("finds the answer per channel and purpose, not asked by default", () => {
    const consent = [{ channel: "email", purpose: "promotions", state: "refused", since: null, permits: false }];
    expect(answerOf(consent, "email", "promotions")).toBe("refused");
    expect(answerOf(consent, "sms", "promotions")).toBe("not-asked");
  });

  it("picks the closest period", () => {
    const periods: [number, string][] = [[7, "week"], [30, "month"], [365, "year"]];
    expect(nearestPeriod(31, periods)).toBe(30);
    expect(nearestPeriod(1, periods)).toBe(7);
  });

  it("turns form ticks into ledger choices, leaving blanks out", () => {
    expect(formChoices({ "post|occasions": "granted", "email|promotions": "", "sms|service": "refused" })).toEqual([
      { channel: "post", purpose: "occasions", state: "granted" },
      { channel: "sms", purpose: "service", state: "refused" },
    ]);
  });
});

describe("throttled", () => {
  it("reports activity at most once per period, and stops when asked", () => {
    const target = new EventTarget();
    const onActive = vi.fn();
    let clock = 0;
    const stop = throttled(1000, onActive, target, () => clock);
    target.dispatchEvent(new Event("pointermove"));
    clock = 500;
    target.dispatchEvent(new Event("wheel"));
    expect(onActive).toHaveBeenCalledOnce();
    clock = 1200;
    target.dispatchEvent(new Event("keydown"));
    expect(onActive).toHaveBeenCalledTimes(2);
    stop();
    clock = 5000;
    target.dispatchEvent(new Event("keydown"));
    expect(onActive).toHaveBeenCalledTimes(2);
  });
});
