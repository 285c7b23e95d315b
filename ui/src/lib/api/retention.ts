// The retention rule and its review list (Settings → Keeping data).
import { call } from "../backend";
import type { RetentionDto } from "../bindings/RetentionDto";
import type { ReviewItemDto } from "../bindings/ReviewItemDto";

export type { RetentionDto, ReviewItemDto };

export const retentionApi = {
  get: () => call<RetentionDto>("retention_review"),
  setYears: (years: number | null) => call<RetentionDto>("set_retention_years", { years }),
  keep: (id: string, reason: string) => call<RetentionDto>("keep_customer", { id, reason }),
};
