import { describe, expect, it } from "vitest";
import { errorText } from "./errorText";
import { asIpcError } from "./backend";

describe("errorText", () => {
  it("formats the error's key with its arguments when the messages have it", () => {
    expect(errorText({ message: "fallback", key: "saleSaved", args: { total: "€5.00", name: "Zoë" } })).toBe("Sale saved: €5.00 for Zoë.");
  });

  it("falls back to the error's own words without a key, or with a key no language has", () => {
    expect(errorText({ message: "The file is not a Shopkeeper backup." })).toBe("The file is not a Shopkeeper backup.");
    expect(errorText({ message: "plain words", key: "" })).toBe("plain words");
    expect(errorText({ message: "plain words", key: "error-from-a-newer-core", args: {} })).toBe("plain words");
  });

  it("says a core error's key, with a nested message said in the same language", () => {
    const inner = { key: "error-quantity-quantity-zero", args: {} };
    expect(errorText({ message: "x", key: "error-line-nothing-was", args: { line: 4, reason: inner } })).toBe(
      "Line 4: A quantity cannot be zero. Nothing was added.",
    );
  });

  it("asIpcError words a rejection through errorText and tolerates the fields being absent", () => {
    expect(asIpcError({ code: "invalid", field: "name", message: "Say a name." })).toEqual({
      code: "invalid", field: "name", message: "Say a name.", key: "", args: {},
    });
    expect(asIpcError({ code: "invalid", field: null, message: "x", key: "customerCount", args: { n: 2 } }).message).toBe("2 customers");
    expect(asIpcError("boom")).toEqual({ code: "unexpected", field: null, message: "boom", key: "", args: {} });
  });
});
