// What the customer at the counter reads in Customer view (the `cw…`
// messages of ui-customerView.ftl), in the customer's own language when
// Shopkeeper speaks it, else English. The consent questions carry the version
// the core records with each choice (CUSTOMER_VIEW_WORDING_VERSION,
// "customer-view-1"): change them in any language and bump it there.
import { stringsIn } from "../strings";
import { bundleOf, hasMessage, sourceLanguage } from "../l10n/bundles";
import { bestLanguage } from "../l10n/language";
import { languages } from "../l10n/sources";
import type { UiStrings } from "./keys.generated";

/** The reasons we keep data, in the order shown: each is a `cwWhy` attribute, its explanation `<name>-why`. */
const whyNames = ["contact", "preferences", "purchases", "choices"] as const;

/** The message periods offered, in days: each is a `cwPeriods` attribute `days-<n>`. */
const periodDays = [7, 14, 30, 90, 365] as const;

/** The customer's words: every UI message in their language, plus the lists Customer view shows. */
export type CustomerWords = UiStrings & {
  /** The language spoken, for the page's `lang`. */
  lang: string;
  /** What we keep and why: [what, why] pairs. */
  why: [string, string][];
  /** The message periods: [days, label] pairs. */
  periods: [number, string][];
};

/** The languages with Customer view's words (a ui-customerView.ftl with the customer's messages). */
function customerLanguages(): string[] {
  return languages.map((l) => l.code).filter((code) => bundleOf(code) !== undefined && hasMessage(code, "cwIntro"));
}

/** The customer's words for `language` ("fr", "de-CH", "FR"...), English when there is no translation. */
export function customerWords(language: string | null | undefined): CustomerWords {
  const lang = language ? bestLanguage([language.trim()], customerLanguages()) : sourceLanguage;
  const w = stringsIn(lang);
  return {
    ...w,
    lang,
    why: whyNames.map((name) => [w.cwWhy[name], w.cwWhy[`${name}-why`]]),
    periods: periodDays.map((days) => [days, w.cwPeriods[`days-${days}`]]),
  };
}
