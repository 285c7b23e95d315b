import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchIdle } from "./idle";

describe("watchIdle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("fires after the quiet time and not before", () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    watchIdle(10, onIdle, target);
    vi.advanceTimersByTime(9 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it("starts again on activity and stops when asked", () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = watchIdle(1, onIdle, target);
    vi.advanceTimersByTime(50_000);
    target.dispatchEvent(new Event("keydown"));
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    stop();
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
