// The screens of the unlocked app, in sidebar order, with their shortcuts.
// The sidebar and the command palette are both built from this list.
import type { Route } from "./nav.svelte";
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

const routes: { route: Route; label: string }[] = [
  { route: { screen: "today" }, label: t.todayTitle },
  { route: { screen: "customers" }, label: t.customers },
  { route: { screen: "sale" }, label: t.saleTitle },
  { route: { screen: "catalog" }, label: t.catalogTitle },
  { route: { screen: "import" }, label: t.import },
  { route: { screen: "settings" }, label: t.settings },
];

/** The sidebar's entries, each with Alt+N. */
export const screens: ScreenEntry[] = routes.map((s, i) => ({ ...s, keys: `Alt+${i + 1}` }));

/** The screen for Alt+`digit`, if there is one. */
export function screenForDigit(digit: string): ScreenEntry | undefined {
  const n = Number(digit);
  return Number.isInteger(n) && n >= 1 ? screens[n - 1] : undefined;
}
