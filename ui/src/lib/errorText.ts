// An error from the Rust side in the app's language: its Fluent key and
// arguments when the messages have that key, else the words it came with.
import type { IpcError } from "./bindings/IpcError";
import { sayIfKnown } from "./l10n/say";

/** The words for `e`: its `key` formatted with its `args` in the app's language (English fallback), else its `message`. */
export function errorText(e: Pick<IpcError, "message"> & Partial<Pick<IpcError, "key" | "args">>): string {
  return sayIfKnown({ key: e.key ?? "", args: e.args }) ?? e.message;
}
