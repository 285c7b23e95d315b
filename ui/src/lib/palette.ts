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
  group: "screens" | "customers";
  /** Where choosing it goes. */
  route: Route;
}

/** Screens whose label contains every word of `query` (accents ignored). */
export function matchScreens(query: string, screens: ScreenEntry[]): PaletteItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return screens
    .filter((s) => words.every((w) => fold(s.label).includes(w)))
    .map((s) => ({ id: `screen:${s.route.screen}`, label: s.label, detail: s.keys, group: "screens", route: s.route }));
}

/** Moves a selection by `step` through `count` items, wrapping around. */
export function moveSelection(current: number, step: number, count: number): number {
  if (count === 0) return 0;
  return (((current + step) % count) + count) % count;
}
