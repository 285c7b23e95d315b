// A catalogue message from the Rust side (its key and arguments, nested
// messages among them) said in the app's language: errors, a suggestion's
// reason and "Why this suggestion".
import type { IpcArg } from "../bindings/IpcArg";
import { format } from "./bundles";
import { language } from "../strings";

/** A message as the Rust side sends it: a catalogue key and its arguments by name. */
export interface KeyedMessage {
  key: string;
  args?: { [key in string]?: IpcArg };
}

/** `args` ready for Fluent: a nested message is said first, in the same language. */
function plain(args: KeyedMessage["args"], lang: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(args ?? {})) {
    if (value === undefined) continue;
    out[name] = typeof value === "object" ? say(value, lang) : value;
  }
  return out;
}

/** `message` in `lang` (the app's language unless given; English where it lacks the key), or null when no language has the key. */
export function sayIfKnown(message: KeyedMessage, lang: string = language): string | null {
  return message.key ? format(lang, message.key, plain(message.args, lang)) : null;
}

/** `message` in `lang` (the app's language unless given; English where it lacks the key), else its key. */
export function say(message: KeyedMessage, lang: string = language): string {
  return sayIfKnown(message, lang) ?? message.key;
}
