// The consent panel's grid (channel × purpose) and the change the owner is
// about to record: what it needs before it can be saved.
import type { ConsentStatusDto, NewConsentDto } from "./api/profile";

/** How a customer may have told the shop, in the order offered (each labelled in `t.consentMethods`; "other" asks which way). */
export const consentMethods = ["in person", "signed form", "email reply", "phone", "other"] as const;

/** One cell of the grid. */
export interface ConsentCell {
  channel: string;
  purpose: string;
  state: string;
  since: string | null;
}

/** Rows of cells, one row per channel, one cell per purpose, in vocabulary order. */
export function consentGrid(status: ConsentStatusDto[], channels: string[], purposes: string[]): ConsentCell[][] {
  const byKey = new Map(status.map((s) => [`${s.channel}/${s.purpose}`, s]));
  return channels.map((channel) =>
    purposes.map((purpose) => {
      const s = byKey.get(`${channel}/${purpose}`);
      return { channel, purpose, state: s?.state ?? "not-asked", since: s?.since ?? null };
    }),
  );
}

/** A change being prepared in the panel. */
export interface ConsentDraft {
  channel: string;
  purpose: string;
  state: string;
  /** How it was obtained: one of the usual ways, or "other" with `otherMethod`. */
  method: string;
  otherMethod: string;
  wordingVersion: string;
  note: string;
}

/** A draft for `cell`: the opposite of its state, the last wording version used. */
export function startDraft(cell: ConsentCell, lastWording: string | null): ConsentDraft {
  return {
    channel: cell.channel,
    purpose: cell.purpose,
    state: cell.state === "granted" ? "refused" : "granted",
    method: "",
    otherMethod: "",
    wordingVersion: lastWording ?? "",
    note: "",
  };
}

/** The ledger entry for a draft, or which field still needs an answer. */
export function draftToConsent(d: ConsentDraft): { input: NewConsentDto } | { missing: "method" } {
  const method = d.method === "other" ? d.otherMethod.trim() : d.method.trim();
  if (!method) return { missing: "method" };
  const opt = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    input: {
      channel: d.channel,
      purpose: d.purpose,
      state: d.state,
      method,
      wordingVersion: opt(d.wordingVersion),
      note: opt(d.note),
    },
  };
}
