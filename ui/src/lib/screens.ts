// The screens of the unlocked app, in sidebar order, with their shortcuts.
// The sidebar and the command palette are both built from this list, less
// the screens the role of the person working may not use.
import type { Route } from "./nav.svelte";
import { roleMay, type Permission, type Role } from "./staff";
import { t } from "./strings";

/** A screen the owner can go to from the sidebar or the palette. */
export interface ScreenEntry {
  /** The route it opens. */
  route: Route;
  /** Its name in the sidebar. */
  label: string;
  /** Alt+digit shortcut: its place in the list, from 1. */
  keys: string;
}

const routes: { route: Route; label: string; needs: Permission }[] = [
  { route: { screen: "today" }, label: t.todayTitle, needs: "counter" },
  { route: { screen: "customers" }, label: t.customers, needs: "counter" },
  { route: { screen: "sale" }, label: t.saleTitle, needs: "counter" },
  { route: { screen: "catalog" }, label: t.catalogTitle, needs: "settings" },
  { route: { screen: "import" }, label: t.import, needs: "restore" },
  { route: { screen: "activity" }, label: t.actTitle, needs: "settings" },
  { route: { screen: "settings" }, label: t.settings, needs: "settings" },
];

/** The sidebar's entries `role` may use, each with Alt+N. */
export function screensFor(role: Role): ScreenEntry[] {
  return routes.filter((s) => roleMay(role, s.needs)).map((s, i) => ({ route: s.route, label: s.label, keys: `Alt+${i + 1}` }));
}

/** Whether `role` may be on `route` (a customer's profile is the counter's). */
export function routeAllowed(role: Role, route: Route): boolean {
  const entry = routes.find((s) => s.route.screen === route.screen);
  return !entry || roleMay(role, entry.needs);
}

/** The screen for Alt+`digit` among `screens`, if there is one. */
export function screenForDigit(digit: string, screens: ScreenEntry[]): ScreenEntry | undefined {
  const n = Number(digit);
  return Number.isInteger(n) && n >= 1 ? screens[n - 1] : undefined;
}
