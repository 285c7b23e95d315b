// Words of "What came of the follow-ups" on the quality card. Plurals go
// through Intl.PluralRules of the strings' own language, so a translation
// changes the language here with the words.
const plural = new Intl.PluralRules("en");

/** `one` or `other` by `n`, as the language's plural rules say. */
function pick(n: number, forms: { one: string; other: string }): string {
  return plural.select(n) === "one" ? forms.one : forms.other;
}

/** What a follow-up of each kind is called, one and many. */
const kindNoun: Record<string, { one: string; other: string }> = {
  "thank-you": { one: "thank-you", other: "thank-yous" },
  "replenishment-due": { one: "“running low” note", other: "“running low” notes" },
  "lapsing-regular": { one: "note to a regular you hadn't seen", other: "notes to regulars you hadn't seen" },
  occasion: { one: "note for a date", other: "notes for dates" },
  "matches-taste": { one: "“new in” note", other: "“new in” notes" },
  "service-check": { one: "service reminder", other: "service reminders" },
  "promised-follow-up": { one: "promise kept", other: "promises kept" },
};

const followUp = { one: "follow-up", other: "follow-ups" };
const days = { one: "day", other: "days" };

/** "40 thank-yous", "1 service reminder". */
function counted(n: number, kind: string): string {
  return `${n} ${pick(n, kindNoun[kind] ?? followUp)}`;
}

/** "within 60 days". */
function within(horizon: number): string {
  return `within ${horizon} ${pick(horizon, days)}`;
}

/** How many of `of` came back: "18", or "none". */
function cameBack(n: number): string {
  return n === 0 ? "none" : `${n}`;
}

export const outcomes = {
  outcomeTitle: "What came of your follow-ups",
  outcomeIntro:
    "After each follow-up you mark done, Shopkeeper checks whether the customer bought again within a while; suggestions you saw but did not act on are counted the same way, to compare.",
  outcomeWorking: "Counting…",
  outcomeNone: "Nothing to tell yet: mark a few suggestions done, and the answers come in as the weeks pass.",
  outcomeFailed: "This could not be counted just now.",
  /** "Of 40 thank-yous, 18 came back within 60 days (those not contacted: 11 of 40)." */
  outcomeDone: (kind: string, done: number, back: number, horizon: number, others: number, othersBack: number) =>
    `Of ${counted(done, kind)}, ${cameBack(back)} came back ${within(horizon)}` +
    (others > 0 ? ` (those not contacted: ${othersBack} of ${others}).` : " (no one shown and not contacted to compare with yet)."),
  /** Only the comparison group has passed its horizon so far. */
  outcomeOnlyOthers: (kind: string, horizon: number, others: number, othersBack: number) =>
    `No ${pick(2, kindNoun[kind] ?? followUp)} done long enough ago to tell yet; of those not contacted, ${othersBack} of ${others} came back ${within(horizon)}.`,
  /** "2 more thank-yous are still within their 60 days; 1 has come back so far."
   * (`more` after a sentence about those whose horizon has passed). */
  outcomeWaiting: (kind: string, waiting: number, back: number, horizon: number, more: boolean) =>
    `${waiting}${more ? " more" : ""} ${pick(waiting, kindNoun[kind] ?? followUp)} ${pick(waiting, { one: "is", other: "are" })} still within ${pick(waiting, { one: "its", other: "their" })} ${horizon} ${pick(horizon, days)}; ` +
    `${cameBack(back)} ${pick(back, { one: "has", other: "have" })} come back so far.`,
} as const;
