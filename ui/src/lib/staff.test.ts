import { describe, expect, it } from "vitest";
import { pinProblem, roleMay, type Permission } from "./staff";

const all: Permission[] = ["counter", "export-many", "erase", "restore", "settings", "vault", "staff", "sync"];

describe("roleMay", () => {
  it("mirrors the core's table", () => {
    expect(all.filter((p) => roleMay("owner", p))).toEqual(all);
    expect(all.filter((p) => roleMay("manager", p))).toEqual(["counter", "export-many", "erase", "restore", "settings"]);
    expect(all.filter((p) => roleMay("staff", p))).toEqual(["counter"]);
  });
});

describe("pinProblem", () => {
  it("wants 6 to 12 digits typed twice alike", () => {
    expect(pinProblem("12345", "12345")).toBe("digits");
    expect(pinProblem("12345a", "12345a")).toBe("digits");
    expect(pinProblem("246810", "246801")).toBe("mismatch");
    expect(pinProblem("246810", "246810")).toBeNull();
  });
});

describe("screensFor", async () => {
  const { routeAllowed, screensFor } = await import("./screens");
  const names = (role: "owner" | "manager" | "staff") => screensFor(role).map((s) => s.route.screen);

  it("hides from staff what their role may not use, and numbers the rest", () => {
    expect(names("owner")).toEqual(["today", "customers", "sale", "catalog", "import", "activity", "settings"]);
    expect(names("manager")).toEqual(names("owner"));
    expect(names("staff")).toEqual(["today", "customers", "sale"]);
    expect(screensFor("staff").map((s) => s.keys)).toEqual(["Alt+1", "Alt+2", "Alt+3"]);
    expect(routeAllowed("staff", { screen: "settings" })).toBe(false);
    expect(routeAllowed("staff", { screen: "customer", id: "x" })).toBe(true);
  });
});
