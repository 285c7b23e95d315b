import { describe, expect, it } from "vitest";
import { resolve } from "./theme";

describe("resolve", () => {
  it("follows the system only when asked to", () => {
    expect(resolve("system", true)).toBe("dark");
    expect(resolve("system", false)).toBe("light");
    expect(resolve("light", true)).toBe("light");
    expect(resolve("dark", false)).toBe("dark");
  });
});
