// Every word the UI shows comes from Fluent messages shared with the Rust
// side (crates/l10n/locales/<lang>/ui-*.ftl), built here into `t` in the
// app's language. The keys and types are generated from the English files
// (`npm run l10n`, strings/keys.generated.ts).
import { attributesOf, format, type MessageArgs } from "./l10n/bundles";
import { appLanguage } from "./l10n/language";
import { uiMessages, type UiStrings } from "./strings/keys.generated";

/** Every UI word in `lang`, in English wherever `lang` lacks one. */
export function stringsIn(lang: string): UiStrings {
  const out: Record<string, unknown> = {};
  for (const [id, kind] of Object.entries(uiMessages)) {
    if (kind === "text") out[id] = format(lang, id) ?? id;
    else if (kind === "record") {
      out[id] = Object.fromEntries(attributesOf(id).map((a) => [a, format(lang, id, undefined, a) ?? a]));
    } else {
      const names: readonly string[] = kind;
      out[id] = (...values: (string | number | boolean)[]) => {
        const args: MessageArgs = Object.fromEntries(names.map((name, i) => [name, values[i]]));
        return format(lang, id, args) ?? id;
      };
    }
  }
  return out as unknown as UiStrings;
}

/** The app's language: the one chosen in Settings, or the best for this computer. */
export const language: string = appLanguage();

/** The app's words, in `language`. */
export const t: UiStrings = stringsIn(language);

/**
 * The attribute a value is labelled under in a record message: "in person" →
 * "in-person", "within:30" → "within-30", "" → "any" (Fluent attribute names
 * are letters, digits, "-" and "_").
 */
export function attributeOf(value: string): string {
  return value === "" ? "any" : value.replace(/[^A-Za-z0-9_-]/g, "-");
}

/** The label of `name` in `labels`, or the name itself when there is none. */
export function labelOf(labels: Readonly<Record<string, string>>, name: string): string {
  return labels[attributeOf(name)] ?? name;
}
