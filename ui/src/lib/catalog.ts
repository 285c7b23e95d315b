// Catalog helpers: finding products by what the owner types, marking new
// arrivals, and the product form's text.
import { fold } from "./fold";
import { amountText } from "./money";
import type { CurrencyDto } from "./bindings/CurrencyDto";
import type { ProductDto } from "./bindings/ProductDto";
import type { ProductInputDto } from "./bindings/ProductInputDto";

/** Days after arrival during which a product counts as new. */
export const NEW_FOR_DAYS = 30;

/**
 * Products matching `query`, best first: exact SKU, SKU starting with it,
 * name starting with it, then every word anywhere in SKU, name, category or
 * tags (accents and case ignored). An empty query matches all, by name.
 */
export function matchProducts(query: string, products: ProductDto[], limit = Infinity): ProductDto[] {
  const q = fold(query.trim());
  if (!q) return products.slice(0, limit);
  const words = q.split(/\s+/);
  const rank = (p: ProductDto): number => {
    const sku = fold(p.sku);
    const name = fold(p.name);
    if (sku === q) return 0;
    if (sku.startsWith(q)) return 1;
    if (name.startsWith(q)) return 2;
    const all = fold([p.sku, p.name, p.category ?? "", ...p.tags].join(" "));
    return words.every((w) => all.includes(w)) ? 3 : -1;
  };
  return products
    .map((p, i) => ({ p, i, r: rank(p) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.p);
}

/** Today as YYYY-MM-DD in local time. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "new" if it arrived in the last NEW_FOR_DAYS days, "soon" if it is still to come. */
export function arrival(p: ProductDto, today: string = localDate()): "new" | "soon" | null {
  if (!p.arrivalDate) return null;
  if (p.arrivalDate > today) return "soon";
  const days = (Date.parse(today) - Date.parse(p.arrivalDate)) / 86_400_000;
  return days <= NEW_FOR_DAYS ? "new" : null;
}

/** Tags typed as "decaf, size:42" → ["decaf", "size:42"]. */
export function tagsFromText(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** An empty product form. */
export function emptyProductForm(): ProductInputDto {
  return { sku: "", name: "", category: "", tags: [], price: "", useUpDays: "", serviceDays: "", arrivalDate: "" };
}

/** A product as the text of its form, for editing. */
export function productForm(p: ProductDto, currency: CurrencyDto, locale?: string): ProductInputDto {
  return {
    sku: p.sku,
    name: p.name,
    category: p.category ?? "",
    tags: [...p.tags],
    price: p.price ? amountText(p.price.minor, currency, locale) : "",
    useUpDays: p.useUpDays?.toString() ?? "",
    serviceDays: p.serviceDays?.toString() ?? "",
    arrivalDate: p.arrivalDate ?? "",
  };
}
