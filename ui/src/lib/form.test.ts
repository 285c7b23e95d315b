import { describe, expect, it } from "vitest";
import { errorField, initials, toNewCustomer } from "./form";

describe("toNewCustomer", () => {
  it("trims and turns blanks into null", () => {
    expect(toNewCustomer({ name: "  Zoë Ødegård ", email: " ", phone: " +47 22 ", })).toEqual({
      displayName: "Zoë Ødegård",
      email: null,
      phone: "+47 22",
    });
  });
});

describe("errorField", () => {
  it("puts a field's error next to it and others on the form", () => {
    expect(errorField({ field: "email" })).toBe("email");
    expect(errorField({ field: null })).toBe("form");
  });
});

describe("initials", () => {
  it("works for Latin, CJK and apostrophes", () => {
    expect(initials("Zoë Ødegård")).toBe("ZØ");
    expect(initials("李小龙")).toBe("李");
    expect(initials("Seán O'Brien")).toBe("SO");
    expect(initials("   ")).toBe("?");
  });
});
