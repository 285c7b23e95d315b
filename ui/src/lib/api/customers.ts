// The customer list's calls to the core: pages, bulk tags, adding, searching.
import { call, type CustomerDto, type NewCustomerDto } from "../backend";
import type { CustomerFilterDto } from "../bindings/CustomerFilterDto";
import type { CustomerPageDto } from "../bindings/CustomerPageDto";
import type { CustomerRowDto } from "../bindings/CustomerRowDto";
import type { MoneyDto } from "../bindings/MoneyDto";

export type { CustomerFilterDto, CustomerPageDto, CustomerRowDto, MoneyDto };

/** The list's orders, as the core names them. */
export type CustomerSort = "name" | "last-visit" | "spend";

export const customersApi = {
  page: (filter: CustomerFilterDto, sort: CustomerSort, offset: number, limit: number) =>
    call<CustomerPageDto>("customer_page", { filter, sort, offset, limit }),
  tag: (ids: string[], tag: string) => call<number>("tag_customers", { ids, tag }),
  add: (input: NewCustomerDto) => call<CustomerDto>("add_customer", { input }),
  search: (query: string, limit: number) => call<CustomerDto[]>("search_customers", { query, limit }),
};
