// Which language the app speaks: the owner's choice in Settings (kept in
// localStorage), else the best match for this computer's languages.
import { negotiateLanguages } from "@fluent/langneg";
import { languages, type Language } from "./sources";
import { bundleOf, sourceLanguage } from "./bundles";

/** The localStorage key of the owner's choice. */
export const languageStorageKey = "shopkeeper.language";

/** The languages of languages.toml that have files, in its order. */
export function availableLanguages(): Language[] {
  return languages.filter((l) => bundleOf(l.code) !== undefined);
}

/** The codes of `availableLanguages()`. */
function available(): string[] {
  return availableLanguages().map((l) => l.code);
}

/** The owner's chosen language, or null for "same as this computer". */
export function chosenLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

/** Keep the owner's choice (null: follow this computer). It applies from the next start. */
export function chooseLanguage(code: string | null): void {
  if (code === null) localStorage.removeItem(languageStorageKey);
  else localStorage.setItem(languageStorageKey, code);
}

/**
 * The best of `among` (default: every language with files) for `requested`
 * ("fr", "de-CH", "FR", ...), English when none fits.
 */
export function bestLanguage(requested: readonly string[], among: readonly string[] = available()): string {
  const wanted = requested.filter((r) => r.trim() !== "");
  return negotiateLanguages(wanted, among, { defaultLocale: sourceLanguage, strategy: "lookup" })[0] ?? sourceLanguage;
}

/** The app's language: the owner's choice if the app has it, else negotiated from the computer's languages. */
export function appLanguage(): string {
  const chosen = chosenLanguage();
  if (chosen && available().includes(chosen)) return chosen;
  return bestLanguage(typeof navigator === "undefined" ? [] : navigator.languages);
}
