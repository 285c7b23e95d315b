// The first page of the whole customer list as it was last shown, so that
// coming back to Customers draws it at once while the fresh page is asked
// for. In memory only; the shop's frame forgets it when it closes (lock,
// Customer view) or opens another vault.
import type { CustomerRowDto, CustomerSort } from "./api/customers";

/** What the list showed without a search or filter. */
export interface KeptList {
  sort: CustomerSort;
  currency: string;
  total: number;
  rows: CustomerRowDto[];
}

let kept: KeptList | null = null;

/** Remembers the unfiltered first page just shown. */
export function keepList(list: KeptList): void {
  kept = list;
}

/** The remembered first page in this order, if any. */
export function keptList(sort: CustomerSort): KeptList | null {
  return kept?.sort === sort ? kept : null;
}

/** Forgets it. */
export function forgetList(): void {
  kept = null;
}
