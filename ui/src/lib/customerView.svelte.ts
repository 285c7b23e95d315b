// Small pieces of Customer view's logic, kept out of the components.
import type { ChangeSummaryDto } from "./bindings/ChangeSummaryDto";
import type { CustomerViewStatusDto } from "./bindings/CustomerViewStatusDto";
import type { ConsentStatusDto } from "./bindings/ConsentStatusDto";
import type { FormChoiceDto } from "./bindings/FormChoiceDto";

/** "a@x, b@y" (or one per line) → ["a@x", "b@y"], empty parts dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The state of `channel` × `purpose`: granted, refused or not-asked. */
export function answerOf(consent: ConsentStatusDto[], channel: string, purpose: string): string {
  return consent.find((c) => c.channel === channel && c.purpose === purpose)?.state ?? "not-asked";
}

/** The period choice closest to `days` among `periods` (for the "how often" select). */
export function nearestPeriod(days: number, periods: [number, string][]): number {
  return periods.reduce((best, [p]) => (Math.abs(p - days) < Math.abs(best - days) ? p : best), periods[0][0]);
}

/** The ticks of a paper form (key `channel|purpose` → yes/no/blank) as the ledger's choices. */
export function formChoices(ticks: Record<string, "granted" | "refused" | "">): FormChoiceDto[] {
  return Object.entries(ticks)
    .filter(([, state]) => state !== "")
    .map(([key, state]) => {
      const [channel, purpose] = key.split("|");
      return { channel, purpose, state };
    });
}

/** The summary the owner sees on taking the screen back, until dismissed. */
export const returned: { summary: ChangeSummaryDto | null } = $state({ summary: null });

/** Customer view's mode as the backend last said (null: the owner's screens). */
export const kiosk: { status: CustomerViewStatusDto | null } = $state({ status: null });

/** Calls `onActive` when something is typed, clicked, moved or scrolled, at
 * most once every `ms`. Returns a function that stops watching. */
export function throttled(ms: number, onActive: () => void, target: EventTarget = window, now: () => number = Date.now): () => void {
  const events = ["keydown", "pointerdown", "pointermove", "wheel", "scroll"];
  let last = -Infinity;
  const seen = () => {
    const t = now();
    if (t - last >= ms) {
      last = t;
      onActive();
    }
  };
  for (const e of events) target.addEventListener(e, seen, { passive: true });
  return () => {
    for (const e of events) target.removeEventListener(e, seen);
  };
}
