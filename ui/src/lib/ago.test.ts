import { describe, expect, it } from "vitest";
import { ago } from "./ago";

const now = Date.parse("2026-03-10T12:00:00Z");
const before = (ms: number) => new Date(now - ms).toISOString();

describe("ago", () => {
  it("says never, just now, then minutes, hours and days", () => {
    expect(ago(null, now, "en")).toBe("never");
    expect(ago(before(20_000), now, "en")).toBe("just now");
    expect(ago(before(5 * 60_000), now, "en")).toBe("5 minutes ago");
    expect(ago(before(3 * 3_600_000), now, "en")).toBe("3 hours ago");
    expect(ago(before(26 * 3_600_000), now, "en")).toBe("yesterday");
    expect(ago(before(2 * 86_400_000), now, "en")).toBe("2 days ago");
    expect(ago(before(90 * 86_400_000), now, "en")).toBe("3 months ago");
  });

  it("treats a clock that went backwards as just now", () => {
    expect(ago(new Date(now + 60_000).toISOString(), now, "en")).toBe("just now");
  });
});
