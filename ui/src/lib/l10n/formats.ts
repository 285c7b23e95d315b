// How dates, numbers and amounts are written: the region the owner chose in
// Settings ("de-CH" writes CHF 1’234.50, "de-AT" € 1.234,50), else the
// computer's own region when it speaks the app's language, else the app's
// language alone. Independent of the language: a Swiss shop in German.
import { language } from "../strings";

/** The localStorage key of the owner's choice of formats. */
export const formatsStorageKey = "shopkeeper.formats";

/** The regions Settings offers, as locale tags (language-REGION). */
export const formatRegions = [
  "de-DE", "de-AT", "de-CH", "fr-FR", "fr-BE", "fr-CH", "es-ES", "it-IT", "it-CH", "en-GB", "en-IE", "en-US",
] as const;

/** The owner's chosen formats, or null for "as the language writes them". */
export function chosenFormats(): string | null {
  try {
    return localStorage.getItem(formatsStorageKey);
  } catch {
    return null;
  }
}

/** Keep the owner's choice (null: follow the language). It applies from the next start. */
export function chooseFormats(tag: string | null): void {
  if (tag === null) localStorage.removeItem(formatsStorageKey);
  else localStorage.setItem(formatsStorageKey, tag);
}

/** The locale for `lang` given the owner's `chosen` formats and the computer's `system` locales. */
export function formatLocaleFor(lang: string, chosen: string | null, system: readonly string[]): string {
  if (chosen && Intl.DateTimeFormat.supportedLocalesOf([chosen]).length > 0) return chosen;
  const same = system.find((s) => s.toLowerCase().split(/[-_]/)[0] === lang);
  return same ?? lang;
}

/** The locale every date, number and amount on screen is written in. */
export const formatLocale: string = formatLocaleFor(
  language,
  chosenFormats(),
  typeof navigator === "undefined" ? [] : navigator.languages,
);
