import { describe, expect, it } from "vitest";
import { arrival, matchProducts, productForm, tagsFromText } from "./catalog";
import type { ProductDto } from "./bindings/ProductDto";

const product = (sku: string, name: string, extra: Partial<ProductDto> = {}): ProductDto => ({
  id: sku,
  sku,
  name,
  category: null,
  tags: [],
  price: null,
  useUpDays: null,
  serviceDays: null,
  arrivalDate: null,
  updatedAt: "2025-01-01T00:00:00Z",
  ...extra,
});

const products = [
  product("HUE-250", "Huehuetenango"),
  product("YIR-250", "Kaffee Yirgacheffe", { category: "coffee", tags: ["light roast"] }),
  product("CHE-COM", "Comté 18 months", { category: "cheese" }),
  product("Y1", "Yoghurt"),
];

describe("product matching", () => {
  it("puts SKU matches before name matches", () => {
    expect(matchProducts("y", products).map((p) => p.sku)).toEqual(["YIR-250", "Y1"]);
    expect(matchProducts("yir-250", products).map((p) => p.sku)).toEqual(["YIR-250"]);
    expect(matchProducts("yogh", products).map((p) => p.sku)).toEqual(["Y1"]);
  });

  it("finds every word anywhere, ignoring accents, and respects the limit", () => {
    expect(matchProducts("comte", products).map((p) => p.sku)).toEqual(["CHE-COM"]);
    expect(matchProducts("coffee light", products).map((p) => p.sku)).toEqual(["YIR-250"]);
    expect(matchProducts("yirg", products).map((p) => p.sku)).toEqual(["YIR-250"]);
    expect(matchProducts("", products, 2)).toHaveLength(2);
    expect(matchProducts("zzz", products)).toEqual([]);
  });
});

describe("catalog", () => {
  it("marks recent and coming arrivals", () => {
    const p = (arrivalDate: string | null) => product("X", "X", { arrivalDate });
    expect(arrival(p("2025-03-10"), "2025-03-20")).toBe("new");
    expect(arrival(p("2025-01-01"), "2025-03-20")).toBeNull();
    expect(arrival(p("2025-04-01"), "2025-03-20")).toBe("soon");
    expect(arrival(p(null), "2025-03-20")).toBeNull();
  });

  it("splits tags at commas and fills the form from a product", () => {
    expect(tagsFromText(" decaf, size:42 ,, ")).toEqual(["decaf", "size:42"]);
    const form = productForm(
      product("YIR-250", "Kaffee", { price: { minor: 1250, currency: "EUR" }, useUpDays: 30 }),
      { code: "EUR", exponent: 2 },
      "de-DE",
    );
    expect(form.price).toBe("12,50");
    expect(form.useUpDays).toBe("30");
    expect(form.serviceDays).toBe("");
  });
});
