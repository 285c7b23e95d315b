// How a possible duplicate is put into words: how likely, and why.
import type { DuplicateReasonDto } from "./bindings/DuplicateReasonDto";
import { t } from "./strings";

/** The band a look-alike score falls in, as `dupLikely` words it. */
export function likelihood(score: number): "very" | "likely" | "possibly" {
  return score >= 0.9 ? "very" : score >= 0.7 ? "likely" : "possibly";
}

/** One reason two records may be one person, in words ("same email (zoe@example.org)"). */
export function reasonText(r: DuplicateReasonDto): string {
  const a = r.a ?? "";
  return t.dupReason(r.kind, r.kind === "initial" ? a.toUpperCase() : a, r.b ?? "");
}
