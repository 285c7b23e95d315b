// An error from the Rust side in the app's language: its Fluent key and
// arguments when the messages have that key, else the words it came with.
import type { IpcArg } from "./bindings/IpcArg";
import type { IpcError } from "./bindings/IpcError";
import { format } from "./l10n/bundles";
import { language } from "./strings";

type Args = { [key in string]?: IpcArg };

/** `args` ready for Fluent: a nested message is said first, in the same language. */
function plain(args: Args): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    out[name] = typeof value === "object" ? (format(language, value.key, plain(value.args)) ?? value.key) : value;
  }
  return out;
}

/** The words for `e`: its `key` formatted with its `args` in the app's language (English fallback), else its `message`. */
export function errorText(e: Pick<IpcError, "message"> & Partial<Pick<IpcError, "key" | "args">>): string {
  return (e.key ? format(language, e.key, plain(e.args ?? {})) : null) ?? e.message;
}
