import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CLEAR_AFTER_MS, copyForAMinute, type TextClipboard } from "./clipboard";

/** A clipboard that holds one text, as the system's does. */
function fakeClipboard(readable = true): TextClipboard & { text: string } {
  const board = {
    text: "",
    readText: async () => {
      if (!readable) throw new Error("not allowed");
      return board.text;
    },
    writeText: async (t: string) => {
      board.text = t;
    },
  };
  return board;
}

describe("a copied draft", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const draft = "Dear Zoë, your Comté is in.";

  it("is on the clipboard for a minute, then gone", async () => {
    const board = fakeClipboard();
    await copyForAMinute(draft, board);
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS - 1);
    expect(board.text).toBe(draft);
    await vi.advanceTimersByTimeAsync(1);
    expect(board.text).toBe("");
  });

  it("leaves alone whatever the owner copied since", async () => {
    const board = fakeClipboard();
    await copyForAMinute(draft, board);
    board.text = "order #42";
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(board.text).toBe("order #42");
  });

  it("is cleared even when the clipboard cannot be read", async () => {
    const board = fakeClipboard(false);
    await copyForAMinute(draft, board);
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(board.text).toBe("");
  });
});
