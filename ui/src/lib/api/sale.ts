// Recording a sale, through the Rust side.
import { call } from "../backend";
import type { NewSaleDto } from "../bindings/NewSaleDto";
import type { SaleDto } from "../bindings/SaleDto";
import type { SaleLineDto } from "../bindings/SaleLineDto";

export type { NewSaleDto, SaleDto, SaleLineDto };

export const saleApi = {
  record: (sale: NewSaleDto) => call<SaleDto>("record_sale", { sale }),
};
