// The message files and the list of languages, read from crates/l10n/locales
// (shared with the Rust side) when the UI is built.
import languagesToml from "../../../../crates/l10n/locales/languages.toml?raw";

const files = import.meta.glob("../../../../crates/l10n/locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** One language the app can speak. */
export interface Language {
  /** The folder name: a bare language code such as "de". */
  code: string;
  /** The language's name in its own language, such as "Deutsch". */
  name: string;
}

/** One .ftl file: its language (folder), its file name and its text. */
export interface FtlFile {
  /** The language folder, such as "fr". */
  lang: string;
  /** The file name, such as "ui-sale.ftl". */
  name: string;
  /** The file's Fluent source. */
  text: string;
}

/**
 * The `[[language]]` tables of languages.toml (each with `code = "..."` and
 * `name = "..."`), in their order. Only this shape is read: it is not a
 * general TOML parser.
 */
export function parseLanguages(toml: string): Language[] {
  const out: Language[] = [];
  for (const table of toml.split(/^\s*\[\[language\]\]\s*$/m).slice(1)) {
    const field = (key: string) => new RegExp(`^\\s*${key}\\s*=\\s*"([^"]*)"`, "m").exec(table)?.[1];
    const code = field("code");
    const name = field("name");
    if (code && name) out.push({ code, name });
  }
  return out;
}

/** The languages listed in languages.toml, English first. */
export const languages: readonly Language[] = parseLanguages(languagesToml);

/** Every .ftl file of every language folder. */
export const ftlFiles: readonly FtlFile[] = Object.entries(files).map(([path, text]) => {
  const [lang, name] = path.split("/").slice(-2);
  return { lang, name, text };
});
