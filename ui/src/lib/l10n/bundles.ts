// One FluentBundle per language, holding all of that language's files, and
// formatting with a fallback to English key by key, so a language that is
// only partly translated still shows every word.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { ftlFiles } from "./sources";

/** The language every other one falls back to. */
export const sourceLanguage = "en";

const bundles = new Map<string, FluentBundle>();
for (const file of ftlFiles) {
  let bundle = bundles.get(file.lang);
  if (!bundle) {
    bundle = new FluentBundle(file.lang, { useIsolating: false });
    bundles.set(file.lang, bundle);
  }
  bundle.addResource(new FluentResource(file.text));
}

/** The arguments a message is formatted with; booleans select `[true]`/`[false]` variants. */
export type MessageArgs = Record<string, FluentVariable | boolean>;

/** The bundle of `lang`, if it has any file. */
export function bundleOf(lang: string): FluentBundle | undefined {
  return bundles.get(lang);
}

/** Whether `lang` (not English's fallback) has message `id`. */
export function hasMessage(lang: string, id: string): boolean {
  return bundles.get(lang)?.hasMessage(id) ?? false;
}

/** The attribute names of message `id` in English, in file order. */
export function attributesOf(id: string): string[] {
  return Object.keys(bundles.get(sourceLanguage)?.getMessage(id)?.attributes ?? {});
}

/**
 * Message `id` (or its `attribute`) in `lang` with `args`, else in English,
 * else null when no bundle has it.
 */
export function format(lang: string, id: string, args?: MessageArgs, attribute?: string): string | null {
  const fluentArgs = args && Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === "boolean" ? String(v) : v]));
  for (const code of [lang, sourceLanguage]) {
    const bundle = bundles.get(code);
    const message = bundle?.getMessage(id);
    const pattern = attribute === undefined ? message?.value : message?.attributes[attribute];
    if (bundle && pattern) return bundle.formatPattern(pattern, fluentArgs, []);
  }
  return null;
}
