import { describe, expect, it } from "vitest";
import { conflictLine, plainValue, reportLines } from "./sync-report";
import type { SyncReportDto } from "./bindings/SyncReportDto";

const empty: SyncReportDto = { filesApplied: 0, changesReceived: 0, conflicts: 0, rejected: [], skipped: [], sentFile: null, changesSent: 0 };

describe("sync report", () => {
  it("says so when there was nothing to do", () => {
    expect(reportLines(empty)).toEqual(["Nothing new from the other computers, nothing to send."]);
  });

  it("counts files applied, conflicts and changes sent", () => {
    const lines = reportLines({ ...empty, filesApplied: 2, changesReceived: 1, conflicts: 1, sentFile: "x.skchanges", changesSent: 3 });
    expect(lines).toEqual([
      "2 files from the other computers applied (1 change).",
      "1 conflict resolved: the later change was kept.",
      "3 changes written for the other computers.",
    ]);
  });

  it("leaves the nothing-line out when files were rejected", () => {
    expect(reportLines({ ...empty, rejected: [{ file: "a", message: "damaged" }] })).toEqual([]);
  });

  it("shows stored values plainly", () => {
    expect(plainValue('"Zoë Ødegård"')).toBe("Zoë Ødegård");
    expect(plainValue('["a@example.com","b@example.com"]')).toBe("a@example.com, b@example.com");
    expect(plainValue(null)).toBe("(empty)");
    expect(plainValue("12")).toBe("12");
    expect(plainValue("not json")).toBe("not json");
  });

  it("tells a conflict in one sentence", () => {
    expect(
      conflictLine({ at: "2026-11-23T10:00:00Z", record: "customer", customer: "李小龙", detail: "display name", kept: '"Li"', keptFrom: "Till", lost: '"Lee"', lostFrom: "Laptop" }),
    ).toBe("李小龙, display name: kept “Li” from Till, not “Lee” from Laptop.");
  });
});
