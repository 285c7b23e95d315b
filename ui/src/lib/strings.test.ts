import { describe, expect, it } from "vitest";
import { shell } from "./strings/shell";
import { vault } from "./strings/vault";
import { customers } from "./strings/customers";
import { sale } from "./strings/sale";
import { catalog } from "./strings/catalog";
import { settings } from "./strings/settings";
import { backup } from "./strings/backup";
import { importing } from "./strings/importing";
import { today } from "./strings/today";
import { profile } from "./strings/profile";
import { customerView } from "./strings/customerView";
import { about } from "./strings/about";
import { sync } from "./strings/sync";
import { outcomes } from "./strings/outcomes";

describe("strings", () => {
  it("no two areas use the same key (one would silently hide the other)", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, words] of Object.entries({ shell, vault, customers, sale, catalog, settings, backup, importing, today, profile, customerView, about, sync, outcomes })) {
      for (const key of Object.keys(words)) {
        const before = seen.get(key);
        if (before) clashes.push(`${key} in ${before} and ${area}`);
        seen.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });
});
