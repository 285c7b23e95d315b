import { describe, expect, it } from "vitest";
import { formatLocaleFor } from "./formats";
import { formatMoney } from "../money";

describe("formats", () => {
  it("follow the owner's region, else the computer's region for the language, else the language", () => {
    expect(formatLocaleFor("de", "de-CH", ["en-US"])).toBe("de-CH");
    expect(formatLocaleFor("de", null, ["en-US", "de-AT"])).toBe("de-AT");
    expect(formatLocaleFor("fr", null, ["en-US"])).toBe("fr");
  });

  it("write amounts the region's way, whatever the language", () => {
    const chf = { code: "CHF", exponent: 2 };
    const eur = { code: "EUR", exponent: 2 };
    // CLDR versions differ in the apostrophe and the kind of space.
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace("’", "'");
    expect(plain(formatMoney(123450, chf, "de-CH"))).toBe("CHF 1'234.50");
    expect(plain(formatMoney(123450, eur, "de-AT"))).toBe("€ 1.234,50");
    expect(plain(formatMoney(123450, eur, "de-DE"))).toBe("1.234,50 €");
    expect(plain(formatMoney(123450, eur, "fr-FR"))).toBe("1 234,50 €");
  });
});
