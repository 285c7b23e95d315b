// An error from the Rust side in the app's language: its Fluent key and
// arguments when the messages have that key, else the words it came with.
import type { IpcError } from "./bindings/IpcError";
import { format } from "./l10n/bundles";
import { language } from "./strings";

/** The words for `e`: its `key` formatted with its `args` in the app's language (English fallback), else its `message`. */
export function errorText(e: Pick<IpcError, "message" | "key" | "args">): string {
  return (e.key ? format(language, e.key, e.args ?? {}) : null) ?? e.message;
}
