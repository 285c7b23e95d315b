// The morning digest: a notification after the first unlock of the day
// (counts only, never a customer's name), and its switch in Settings.
import { call } from "../backend";

export const digestApi = {
  /** Shows today's digest as a notification in `language`, if it is on and not shown yet today. */
  show: (language: string) => call<void>("show_morning_digest", { language }),
  /** Whether this computer shows the morning digest. */
  on: () => call<boolean>("digest_on"),
  /** Switches the morning digest on or off on this computer. */
  setOn: (on: boolean) => call<void>("set_digest_on", { on }),
};

/** The DOM event the shell listens for: a click on the digest shows Today. */
export const OPEN_TODAY_EVENT = "shopkeeper-open-today";

/** Asks for today's digest after unlocking; a failure only means no notification. */
export function showDigest(language: string): void {
  digestApi.show(language).catch(() => undefined);
}
