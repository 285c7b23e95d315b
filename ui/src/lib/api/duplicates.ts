// Possible duplicates: the list, the look-alikes of a customer being typed
// in, and merging two records.
import { call, type CustomerDto, type NewCustomerDto } from "../backend";
import type { DuplicateReasonDto } from "../bindings/DuplicateReasonDto";
import type { LookAlikeDto } from "../bindings/LookAlikeDto";
import type { PossibleDuplicateDto } from "../bindings/PossibleDuplicateDto";

export type { DuplicateReasonDto, LookAlikeDto, PossibleDuplicateDto };

export const duplicatesApi = {
  list: () => call<PossibleDuplicateDto[]>("possible_duplicates"),
  like: (input: NewCustomerDto) => call<LookAlikeDto[]>("customers_like", { input }),
  merge: (keep: string, absorb: string) => call<CustomerDto>("merge_customers", { keep, absorb }),
};
