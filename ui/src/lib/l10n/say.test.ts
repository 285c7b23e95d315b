import { describe, expect, it } from "vitest";
import { say, sayIfKnown } from "./say";

describe("say", () => {
  it("says a suggestion's reason with its nested messages, in English and in another language's fallback", () => {
    const reason = {
      key: "reason-suggestion",
      args: {
        why: { key: "reason-lapsing", args: { first: "Zoë", every: { key: "reason-duration", args: { n: 5, unit: "week" } }, silence: { key: "reason-duration", args: { n: 9, unit: "week" } } } },
        how: { key: "reason-by-channel", args: { channel: "email", purpose: "recommendations" } },
      },
    };
    const english = "Zoë came about every 5 weeks; nothing for 9 weeks. By email (recommendations consent granted).";
    expect(say(reason, "en")).toBe(english);
    // A language without these words yet says them in English.
    expect(say(reason, "xx")).toBe(english);
  });

  it("chooses plural forms and units from numbers", () => {
    expect(say({ key: "reason-span", args: { n: 1, unit: "week" } }, "en")).toBe("1 week");
    expect(say({ key: "reason-span", args: { n: 4, unit: "month" } }, "en")).toBe("about 4 months");
    expect(say({ key: "reason-about-every", args: { n: 1, unit: "day" } }, "en")).toBe("every day");
    expect(say({ key: "reason-contacted", args: { n: 1, max: 2, period: { key: "reason-span", args: { n: 4, unit: "week" } } } }, "en")).toBe(
      "Contacted once in the last 4 weeks (at most twice allowed)",
    );
  });

  it("gives the key when no language has it, and null from sayIfKnown", () => {
    expect(say({ key: "reason-from-a-newer-core", args: {} }, "en")).toBe("reason-from-a-newer-core");
    expect(sayIfKnown({ key: "reason-from-a-newer-core" }, "en")).toBeNull();
    expect(sayIfKnown({ key: "" }, "en")).toBeNull();
  });
});
