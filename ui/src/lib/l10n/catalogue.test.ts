// The message files themselves: they parse, every language has every key of
// the English files it translates (and no other), with the same variables,
// every English UI key is used somewhere in the UI, and the generated types
// are up to date.
import { describe, expect, it } from "vitest";
import { parse, Visitor, type Message, type Pattern, type VariableReference } from "@fluent/syntax";
import { ftlFiles, languages, parseLanguages, type FtlFile } from "./sources";
import { generate } from "../../../scripts/l10n-types.mjs";

const sourceFiles = import.meta.glob(["../../**/*.ts", "../../**/*.svelte", "!../../**/*.test.ts", "!../../lib/strings/generated/*", "!../../lib/strings/keys.generated.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const generatedFiles = import.meta.glob(["../strings/generated/*.ts", "../strings/keys.generated.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Collects the names of the variables a pattern uses. */
class VariableNames extends Visitor {
  names = new Set<string>();
  visitVariableReference(node: VariableReference): void {
    this.names.add(node.id.name);
  }
}

/** Every message of a file: id (and id.attribute) → its variables, sorted. */
function messagesOf(file: FtlFile): Map<string, string> {
  const out = new Map<string, string>();
  const variables = (p: Pattern) => {
    const v = new VariableNames();
    v.visit(p);
    return [...v.names].sort().join(",");
  };
  for (const node of parse(file.text, {}).body) {
    if (node.type !== "Message") continue;
    const m = node as Message;
    if (m.value) out.set(m.id.name, variables(m.value));
    for (const a of m.attributes) out.set(`${m.id.name}.${a.id.name}`, variables(a.value));
  }
  return out;
}

const uiFiles = (lang: string) => ftlFiles.filter((f) => f.lang === lang && f.name.startsWith("ui-"));
const english = new Map(uiFiles("en").map((f) => [f.name, messagesOf(f)]));
const translations = languages.map((l) => l.code).filter((code) => code !== "en" && uiFiles(code).length > 0);

describe("message files", () => {
  it("every .ftl file parses without errors", () => {
    const errors: string[] = [];
    for (const file of ftlFiles) {
      for (const node of parse(file.text, {}).body) {
        if (node.type === "Junk") errors.push(`${file.lang}/${file.name}: ${node.annotations.map((a) => a.message).join("; ")}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it("languages.toml lists English first, then each language once with its name", () => {
    expect(languages[0]).toEqual({ code: "en", name: "English" });
    expect(new Set(languages.map((l) => l.code)).size).toBe(languages.length);
    expect(languages.map((l) => l.code)).toEqual(expect.arrayContaining(["de", "fr", "es", "it"]));
    expect(parseLanguages('[[language]]\ncode = "xx"\nname = "Ex"\n')).toEqual([{ code: "xx", name: "Ex" }]);
    const folders = new Set(ftlFiles.map((f) => f.lang));
    expect([...folders].filter((lang) => !languages.some((l) => l.code === lang))).toEqual([]);
  });

  it("no two English UI files use the same key (one would silently hide the other)", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [file, messages] of english) {
      for (const key of messages.keys()) {
        if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${file}`);
        seen.set(key, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("every translated UI file has exactly the English keys and attributes (languages with no ui-*.ftl yet are skipped)", () => {
    const problems: string[] = [];
    for (const lang of translations) {
      for (const file of uiFiles(lang)) {
        const en = english.get(file.name);
        if (!en) {
          problems.push(`${lang}/${file.name}: no such English file`);
          continue;
        }
        const theirs = messagesOf(file);
        for (const key of en.keys()) if (!theirs.has(key)) problems.push(`${lang}/${file.name}: missing ${key}`);
        for (const key of theirs.keys()) if (!en.has(key)) problems.push(`${lang}/${file.name}: ${key} is not in English`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every translation uses the same variables as English", () => {
    const problems: string[] = [];
    for (const lang of translations) {
      for (const file of uiFiles(lang)) {
        const en = english.get(file.name);
        for (const [key, vars] of messagesOf(file)) {
          const want = en?.get(key);
          if (want !== undefined && want !== vars) problems.push(`${lang}/${file.name}: ${key} uses {${vars}}, English {${want}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("every English UI key is used somewhere in the UI", () => {
    const source = Object.values(sourceFiles).join("\n");
    const unused: string[] = [];
    for (const [file, messages] of english) {
      for (const key of messages.keys()) {
        if (key.includes(".")) continue;
        if (!new RegExp(`[.]${key}\\b|["'\`]${key}["'\`]`).test(source)) unused.push(`${file}: ${key}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it("the generated types are up to date (run `npm run l10n` after changing an English .ftl)", () => {
    const expected = generate(uiFiles("en").map((f) => ({ name: f.name, text: f.text })).sort((a, b) => (a.name < b.name ? -1 : 1)));
    const actual = new Map(Object.entries(generatedFiles).map(([path, text]) => [path.replace(/^\.\.\/strings\//, ""), text]));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(actual.get(path), path).toBe(text);
  });
});
