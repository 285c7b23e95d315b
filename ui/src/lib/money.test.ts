import { describe, expect, it } from "vitest";
import { amountText, formatMoney } from "./money";
import { currencyForLocale, currencyLabel } from "./currency";

const eur = { code: "EUR", exponent: 2 };

describe("money", () => {
  it("formats minor units in the shop's currency and the owner's locale", () => {
    expect(formatMoney(2500, eur, "en-GB")).toBe("€25.00");
    expect(formatMoney(2500, eur, "de-DE")).toMatch(/^25,00\s€$/);
    expect(formatMoney(-1250, eur, "en-GB")).toBe("-€12.50");
    expect(formatMoney(500, { code: "JPY", exponent: 0 }, "en-GB")).toBe("JP¥500");
  });

  it("writes amounts the way they are typed back", () => {
    expect(amountText(1250, eur, "en-GB")).toBe("12.50");
    expect(amountText(123456, eur, "de-DE")).toBe("1234,56");
  });
});

describe("currencies", () => {
  it("takes the default from the locale's region", () => {
    expect(currencyForLocale("de-AT")).toBe("EUR");
    expect(currencyForLocale("en-GB")).toBe("GBP");
    expect(currencyForLocale("nb-NO")).toBe("NOK");
    expect(currencyForLocale("ja")).toBe("JPY");
    expect(currencyForLocale("xx")).toBe("EUR");
  });

  it("names a currency in words", () => {
    expect(currencyLabel("EUR", "en")).toBe("EUR — Euro");
  });
});
