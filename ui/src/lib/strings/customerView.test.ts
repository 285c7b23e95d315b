import { describe, expect, it } from "vitest";
import { customerWords } from "./customerView";

describe("customer view words", () => {
  it("speaks the customer's language where a translation exists, else English", () => {
    expect(customerWords("fr").cwYes).toBe("Oui");
    expect(customerWords("de-CH").cwYes).toBe("Ja");
    expect(customerWords("FR").cwConsentTitle).toContain("contacter");
    expect(customerWords("nb").cwYes).toBe("Yes");
    expect(customerWords(null).lang).toBe("en");
    expect(customerWords("de").cwHello("Zoë")).toBe("Guten Tag, Zoë");
  });

  it("every language names every channel, kind, reason and period (the questions are the shop's wordings, from the core)", () => {
    const en = customerWords("en");
    for (const lang of ["fr", "de"]) {
      const w = customerWords(lang);
      expect(w.lang).toBe(lang);
      expect(Object.keys(w.cwChannels).sort()).toEqual(Object.keys(en.cwChannels).sort());
      expect(Object.keys(w.cwCategories).sort()).toEqual(Object.keys(en.cwCategories).sort());
      expect(w.why).toHaveLength(4);
      expect(w.periods.map(([days]) => days)).toEqual([7, 14, 30, 90, 365]);
      expect(w.periods[0][1]).not.toBe(en.periods[0][1]);
    }
  });
});
