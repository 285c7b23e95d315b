import { describe, expect, it } from "vitest";
import { detailsErrorField, splitList, toEdit, toFields } from "./profileForm";

const saved = {
  displayName: "Zoë Ødegård",
  givenName: null,
  familyName: "Ødegård",
  emails: ["zoe@example.no", "z@work.no"],
  phones: [],
  address: null,
  language: "nb",
  birthday: "04-23",
  importantDates: [{ label: "Daughter's wedding", date: "2026-06-20" }],
  tags: ["regular", "café"],
  notes: null,
  customerRef: null,
};

describe("profile details form", () => {
  it("round-trips a customer's fields through the form's text", () => {
    expect(toEdit(toFields(saved))).toEqual(saved);
    expect(toFields(saved).emails).toBe("zoe@example.no, z@work.no");
  });

  it("splits typed lists on commas and drops blanks and empty dates", () => {
    expect(splitList(" a, b,, c ")).toEqual(["a", "b", "c"]);
    const f = { ...toFields(saved), importantDates: [{ label: " ", date: "" }], notes: "  " };
    expect(toEdit(f).importantDates).toEqual([]);
    expect(toEdit(f).notes).toBeNull();
  });

  it("puts the core's error beside the field it names", () => {
    const e = (field: string | null) => ({ code: "invalid", field, message: "x" });
    expect(detailsErrorField(e("email"))).toBe("emails");
    expect(detailsErrorField(e("name"))).toBe("displayName");
    expect(detailsErrorField(e("important_date"))).toBe("importantDates");
    expect(detailsErrorField(e(null))).toBe("form");
    expect(detailsErrorField(e("mystery"))).toBe("form");
  });
});
