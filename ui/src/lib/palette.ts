// What the command palette offers for a query: screens whose name matches,
// then customers the core's search finds.
import { fold } from "./fold";
import type { Route } from "./nav.svelte";
import type { ScreenEntry } from "./screens";

/** One choice in the palette. */
export interface PaletteItem {
  /** Stable id for keyed lists and tests. */
  id: string;
  /** What it says. */
  label: string;
  /** Smaller text beside it (contact details, shortcut). */
  detail: string;
  /** Which group it is listed under. */
  group: "screens" | "customers" | "actions";
  /** Where choosing it goes (screens, customers)... */
  route?: Route;
  /** ...or what choosing it does (actions such as "About Shopkeeper"). */
  run?: () => void;
}

/** Something the palette can do rather than a place it goes. */
export interface PaletteAction {
  /** Stable id (`action:<id>` in the list). */
  id: string;
  /** What it says. */
  label: string;
  /** Smaller text beside it. */
  detail: string;
  /** What choosing it does. */
  run: () => void;
}

function matches(query: string, label: string): boolean {
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => fold(label).includes(w));
}

/** Screens whose label contains every word of `query` (accents ignored). */
export function matchScreens(query: string, screens: ScreenEntry[]): PaletteItem[] {
  return screens
    .filter((s) => matches(query, s.label))
    .map((s) => ({ id: `screen:${s.route.screen}`, label: s.label, detail: s.keys, group: "screens", route: s.route }));
}

/** Actions whose label contains every word of `query` (accents ignored). */
export function matchActions(query: string, actions: PaletteAction[]): PaletteItem[] {
  return actions
    .filter((a) => matches(query, a.label))
    .map((a) => ({ id: `action:${a.id}`, label: a.label, detail: a.detail, group: "actions", run: a.run }));
}

/** Moves a selection by `step` through `count` items, wrapping around. */
export function moveSelection(current: number, step: number, count: number): number {
  if (count === 0) return 0;
  return (((current + step) % count) + count) % count;
}
