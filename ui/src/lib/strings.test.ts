import { describe, expect, it } from "vitest";
import { shell } from "./strings/shell";
import { vault } from "./strings/vault";
import { customers } from "./strings/customers";
import { profile } from "./strings/profile";

describe("strings", () => {
  it("no two areas use the same key (one would silently hide the other)", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, words] of Object.entries({ shell, vault, customers, profile })) {
      for (const key of Object.keys(words)) {
        const before = seen.get(key);
        if (before) clashes.push(`${key} in ${before} and ${area}`);
        seen.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });
});
