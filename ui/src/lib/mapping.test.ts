import { describe, expect, it } from "vitest";
import { duplicates, guessMapping, missing, toRequest } from "./mapping";

const fields = ["customer_ref", "customer_name", "email", "phone", "notes"];

describe("column mapping", () => {
  it("matches columns to fields by name, in any case, and leaves the rest unmapped", () => {
    const m = guessMapping(["Name", "EMAIL", "Telefon", "Customer Ref"], fields);
    expect(m).toEqual({ Name: "customer_name", EMAIL: "email", Telefon: "", "Customer Ref": "customer_ref" });
  });

  it("maps one field once, sends only mapped columns, and spots duplicates", () => {
    const m = guessMapping(["email", "Email"], fields);
    expect(m).toEqual({ email: "email", Email: "" });
    m.Email = "email";
    expect(duplicates(m)).toEqual(["email"]);
    expect(toRequest({ Name: "customer_name", Telefon: "" })).toEqual([{ column: "Name", field: "customer_name" }]);
  });

  it("says which required fields are still missing", () => {
    expect(missing("customers", { Telefon: "phone" })).toEqual([["customer_name", "customer_ref"]]);
    expect(missing("customers", { Navn: "customer_name" })).toEqual([]);
    const purchase = { Kunde: "customer_name", Dato: "date", Vare: "product", Antall: "quantity" };
    expect(missing("purchases", purchase)).toEqual([["line_total"]]);
  });
});
