// What a sync did and the conflicts it resolved, in words for the Sync panel.
import type { SyncReportDto } from "./bindings/SyncReportDto";
import type { SyncConflictDto } from "./bindings/SyncConflictDto";
import { t } from "./strings";

/** The lines telling the owner what one sync did (files not applied are listed apart). */
export function reportLines(r: SyncReportDto): string[] {
  const lines: string[] = [];
  if (r.filesApplied > 0) lines.push(t.syncReportApplied(r.filesApplied, r.changesReceived));
  if (r.conflicts > 0) lines.push(t.syncReportConflicts(r.conflicts));
  if (r.sentFile) lines.push(t.syncReportSent(r.changesSent));
  if (lines.length === 0 && r.rejected.length === 0 && r.skipped.length === 0) lines.push(t.syncReportNothing);
  return lines;
}

/** A stored value (JSON) as the owner would read it: text without its quotes, lists joined. */
export function plainValue(stored: string | null): string {
  if (stored === null || stored === "" || stored === "null") return t.syncEmpty;
  try {
    const v: unknown = JSON.parse(stored);
    if (typeof v === "string") return v === "" ? t.syncEmpty : v;
    if (Array.isArray(v)) return v.length === 0 ? t.syncEmpty : v.map((x) => (typeof x === "string" ? x : JSON.stringify(x))).join(", ");
    return String(v);
  } catch {
    return stored;
  }
}

/** One conflict in a sentence: which record and detail, what was kept and from where. */
export function conflictLine(c: SyncConflictDto): string {
  return t.syncConflict(c.customer ?? c.record, c.detail, plainValue(c.kept), c.keptFrom, plainValue(c.lost), c.lostFrom);
}
