import { describe, expect, it } from "vitest";
import { pagesFor, scrollToShow, visibleRange } from "./virtual";

describe("virtual list", () => {
  it("draws only the rows in view plus a margin, even among 100,000", () => {
    expect(visibleRange(0, 560, 56, 100_000, 5)).toEqual({ start: 0, end: 16 });
    const mid = visibleRange(56 * 50_000, 560, 56, 100_000, 5);
    expect(mid).toEqual({ start: 49_995, end: 50_016 });
    expect(mid.end - mid.start).toBeLessThan(30);
  });

  it("stays inside the list at both ends and when it is short or empty", () => {
    expect(visibleRange(56 * 99_999, 560, 56, 100_000, 5)).toEqual({ start: 99_994, end: 100_000 });
    expect(visibleRange(0, 560, 56, 3)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(-40, 560, 56, 3)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(0, 560, 56, 0)).toEqual({ start: 0, end: 0 });
  });

  it("fetches the pages that hold the rows drawn", () => {
    expect(pagesFor({ start: 0, end: 16 }, 100)).toEqual([0]);
    expect(pagesFor({ start: 95, end: 205 }, 100)).toEqual([0, 1, 2]);
    expect(pagesFor({ start: 100, end: 200 }, 100)).toEqual([1]);
    expect(pagesFor({ start: 0, end: 0 }, 100)).toEqual([]);
  });

  it("scrolls just enough to show a row reached with the arrow keys", () => {
    expect(scrollToShow(3, 0, 560, 56)).toBe(0);
    expect(scrollToShow(10, 0, 560, 56)).toBe(56);
    expect(scrollToShow(2, 560, 560, 56)).toBe(112);
  });
});
