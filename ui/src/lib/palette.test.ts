import { describe, expect, it } from "vitest";
import { matchActions, matchScreens, moveSelection } from "./palette";
import { fold } from "./fold";
import type { ScreenEntry } from "./screens";

const screens: ScreenEntry[] = [
  { route: { screen: "today" }, label: "Today", keys: "Alt+1" },
  { route: { screen: "customers" }, label: "Customers", keys: "Alt+2" },
  { route: { screen: "catalog" }, label: "Catalogue", keys: "Alt+3" },
];

describe("palette", () => {
  it("matches screens by any part of their name, ignoring case", () => {
    expect(matchScreens("cus", screens).map((i) => i.label)).toEqual(["Customers"]);
    expect(matchScreens("CAT", screens).map((i) => i.id)).toEqual(["screen:catalog"]);
    expect(matchScreens("", screens)).toHaveLength(3);
    expect(matchScreens("zzz", screens)).toEqual([]);
  });

  it("offers actions by name, each doing its own thing", () => {
    let ran = 0;
    const actions = [{ id: "about", label: "About Shopkeeper…", detail: "Version", run: () => (ran += 1) }];
    const found = matchActions("abou", actions);
    expect(found.map((i) => [i.id, i.group])).toEqual([["action:about", "actions"]]);
    found[0].run?.();
    expect(ran).toBe(1);
    expect(matchActions("customers", actions)).toEqual([]);
  });

  it("wraps the selection at both ends", () => {
    expect(moveSelection(0, -1, 3)).toBe(2);
    expect(moveSelection(2, 1, 3)).toBe(0);
    expect(moveSelection(1, 1, 3)).toBe(2);
    expect(moveSelection(0, 1, 0)).toBe(0);
  });

  it("folds accents and special letters the way the core's search does", () => {
    expect(fold("Zoë Ødegård")).toBe("zoe odegard");
    expect(fold("Straße")).toBe("strasse");
    expect(fold("李小龙")).toBe("李小龙");
  });
});
