// The catalog and the shop's money, through the Rust side.
import { call } from "../backend";
import type { CurrencyDto } from "../bindings/CurrencyDto";
import type { MoneyDto } from "../bindings/MoneyDto";
import type { ProductDto } from "../bindings/ProductDto";
import type { ProductInputDto } from "../bindings/ProductInputDto";

export type { CurrencyDto, MoneyDto, ProductDto, ProductInputDto };

export const catalogApi = {
  list: () => call<ProductDto[]>("list_products"),
  add: (input: ProductInputDto) => call<ProductDto>("add_product", { input }),
  update: (id: string, input: ProductInputDto) => call<ProductDto>("update_product", { id, input }),
  archive: (id: string) => call<void>("archive_product", { id }),
  /** The shop's currency (code and decimal places). */
  currency: () => call<CurrencyDto>("shop_currency"),
  /** An amount as typed ("12,50" or "12.50"), parsed by the core in the shop's currency. */
  parseMoney: (text: string) => call<MoneyDto>("parse_money", { text }),
};
