import { afterEach, describe, expect, it } from "vitest";
import { attributeOf, labelOf, stringsIn, t } from "./strings";
import { format } from "./l10n/bundles";
import { appLanguage, bestLanguage, chooseLanguage, chosenLanguage, languageStorageKey } from "./l10n/language";

describe("strings", () => {
  afterEach(() => localStorage.clear());

  it("are English in tests, with plurals as Fluent selects that read as before", () => {
    expect(t.saleTitle).toBe("New sale");
    expect(t.customerCount(1)).toBe("1 customer");
    expect(t.customerCount(1234)).toBe("1,234 customers");
    expect(t.listTagged("vip", 1)).toBe("“vip” added to 1 customer.");
    expect(t.listTagged("vip", 3)).toBe("“vip” added to 3 customers.");
    expect(t.setRetentionNone(1)).toBe("No one to review: everyone has bought or been in touch within the last year.");
    expect(t.syncReportApplied(1, 2)).toBe("1 file from the other computers applied (2 changes).");
    expect(t.bkDone("/b", 0)).toBe("Backed up to /b.");
    expect(t.impUndone(1, 2, 3, 0)).toBe("Import undone: removed 1 purchases, 2 new customers and 3 new products. The shop is as it was before.");
    expect(t.rightsPurchases(2, true)).toBe("2 purchases kept without their name");
    expect(t.dupReason("initial", "J", "John")).toBe("J. could be John");
    expect(t.dupReason("something-new", "", "")).toBe("something else in common");
  });

  it("records are their attributes in the English file's order", () => {
    expect(Object.keys(t.listSorts)).toEqual(["name", "last-visit", "spend"]);
    expect(t.saleChannels["in-shop"]).toBe("In the shop");
  });

  it("labels stored values through their attribute names", () => {
    expect(attributeOf("in person")).toBe("in-person");
    expect(attributeOf("within:30")).toBe("within-30");
    expect(attributeOf("")).toBe("any");
    expect(labelOf(t.consentMethods, "in person")).toBe("In person");
    expect(labelOf(t.listVisits, "")).toBe("Any time");
    expect(labelOf(t.channelLabels, "carrier pigeon")).toBe("carrier pigeon");
  });

  it("a language without a message falls back to English, key by key", () => {
    expect(stringsIn("xx").saleTitle).toBe("New sale");
    expect(format("de", "cwYes")).toBe("Ja");
    expect(format("de", "no-such-message")).toBeNull();
  });

  it("speaks the owner's choice, else the best match for the computer's languages", () => {
    expect(bestLanguage(["de-CH", "en"])).toBe("de");
    expect(bestLanguage(["nb"])).toBe("en");
    expect(bestLanguage([])).toBe("en");
    expect(chosenLanguage()).toBeNull();
    chooseLanguage("fr");
    expect(localStorage.getItem(languageStorageKey)).toBe("fr");
    expect(appLanguage()).toBe("fr");
    chooseLanguage("zz");
    expect(appLanguage()).toBe(bestLanguage(navigator.languages));
    chooseLanguage(null);
    expect(chosenLanguage()).toBeNull();
  });
});
