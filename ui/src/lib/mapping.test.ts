import { describe, expect, it } from "vitest";
import { duplicates, toRequest } from "./mapping";

describe("column mapping", () => {
  it("sends every column, a left-out one as \"ignore\", and spots a field chosen twice", () => {
    expect(toRequest({ Name: "customer_name", Telefon: "" })).toEqual([
      { column: "Name", field: "customer_name" },
      { column: "Telefon", field: "ignore" },
    ]);
    expect(duplicates({ email: "email", Email: "email", Name: "customer_name", X: "" })).toEqual(["email"]);
    expect(duplicates({ email: "email", Name: "" })).toEqual([]);
  });
});
