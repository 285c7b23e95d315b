// "What came of your follow-ups": each kind's outcomes as the sentences the
// quality card shows.
import type { OutcomeDto } from "./bindings/OutcomeDto";
import { t } from "./strings";

/** The sentences for one kind: how the follow-ups whose horizon has passed
 * did against those not contacted, then those still running. */
export function outcomeSentences(o: OutcomeDto): string[] {
  const out: string[] = [];
  if (o.done > 0) {
    out.push(t.outcomeDone(o.kind, o.done, o.doneCameBack, o.horizonDays, o.notContacted, o.notContactedCameBack));
  } else if (o.notContacted > 0) {
    out.push(t.outcomeOnlyOthers(o.kind, o.horizonDays, o.notContacted, o.notContactedCameBack));
  }
  if (o.waiting > 0) out.push(t.outcomeWaiting(o.kind, o.waiting, o.waitingCameBack, o.horizonDays, out.length > 0));
  return out;
}
