// Light, dark, or like the system. The choice is a display preference, not
// shop data, so it lives in the webview's local storage and applies before
// the vault is unlocked.

export type Theme = "system" | "light" | "dark";

const KEY = "shopkeeper.theme";
const dark = () => window.matchMedia("(prefers-color-scheme: dark)");

/** The owner's stored choice. */
export function storedTheme(): Theme {
  const v = localStorage.getItem(KEY);
  return v === "light" || v === "dark" ? v : "system";
}

/** What `theme` means right now: light or dark. */
export function resolve(theme: Theme, systemDark: boolean): "light" | "dark" {
  return theme === "system" ? (systemDark ? "dark" : "light") : theme;
}

/** Stores `theme` and paints the page with it. */
export function setTheme(theme: Theme): void {
  if (theme === "system") localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, theme);
  applyTheme();
}

/** Paints the page with the stored choice, and follows the system while it
 * is "system". Call once at start. */
export function applyTheme(): void {
  document.documentElement.dataset.theme = resolve(storedTheme(), dark().matches);
}

/** Repaints when the system switches between light and dark. */
export function followSystem(): () => void {
  const query = dark();
  const onChange = () => applyTheme();
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
