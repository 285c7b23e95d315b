import { describe, expect, it } from "vitest";
import { customerWords } from "./customerView";

describe("customer view words", () => {
  it("speaks the customer's language where a translation exists, else English", () => {
    expect(customerWords("fr").yes).toBe("Oui");
    expect(customerWords("de-CH").yes).toBe("Ja");
    expect(customerWords("FR").consentTitle).toContain("contacter");
    expect(customerWords("nb").yes).toBe("Yes");
    expect(customerWords(null).lang).toBe("en");
  });

  it("every language asks every question and names every channel and kind", () => {
    const en = customerWords("en");
    for (const lang of ["fr", "de"]) {
      const w = customerWords(lang);
      expect(Object.keys(w.questions).sort()).toEqual(Object.keys(en.questions).sort());
      expect(Object.keys(w.channels).sort()).toEqual(Object.keys(en.channels).sort());
      expect(Object.keys(w.categories).sort()).toEqual(Object.keys(en.categories).sort());
      for (const q of Object.keys(en.questions)) expect(w.questions[q]).not.toBe(en.questions[q]);
    }
  });
});
