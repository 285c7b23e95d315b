// Recording a sale, through the Rust side.
import { call } from "../backend";
import type { NewSaleDto } from "../bindings/NewSaleDto";
import type { SaleDto } from "../bindings/SaleDto";
import type { SaleLineDto } from "../bindings/SaleLineDto";
import type { CorrectionDto } from "../bindings/CorrectionDto";
import type { PurchaseDto } from "../bindings/PurchaseDto";
import type { PurchaseChangeDto } from "../bindings/PurchaseChangeDto";

export type { NewSaleDto, SaleDto, SaleLineDto, CorrectionDto, PurchaseChangeDto };

export const saleApi = {
  record: (sale: NewSaleDto) => call<SaleDto>("record_sale", { sale }),
  /** Voids a purchase: it stays on record, marked void, and counts nowhere. */
  void: (purchaseId: string, reason: string) => call<PurchaseDto>("void_purchase", { purchaseId, reason }),
  /** Corrects a purchase's lines, date or customer. */
  correct: (correction: CorrectionDto) => call<PurchaseDto>("correct_purchase", { correction }),
  /** A purchase's voids and corrections, oldest first. */
  history: (purchaseId: string) => call<PurchaseChangeDto[]>("purchase_history", { purchaseId }),
};
