// The theme choice shared by the sidebar and the Settings screen, so both
// selects always show the same value.
import { setTheme, storedTheme, type Theme } from "./theme";

export const themeChoice: { value: Theme } = $state({ value: storedTheme() });

/** Chooses `theme` everywhere and paints the page with it. */
export function chooseTheme(theme: Theme): void {
  themeChoice.value = theme;
  setTheme(theme);
}
