// Words of possible duplicates: the list on the Customers screen, comparing
// two records side by side, merging, and the note while a customer is typed in.
import type { DuplicateReasonDto } from "../bindings/DuplicateReasonDto";

const pairs = new Intl.PluralRules("en");

export const duplicates = {
  dupOpen: "Possible duplicates",
  dupClose: "Close the duplicates",
  dupHeading: "Possible duplicates",
  dupIntro: "Customers who may be one person written twice. Compare them, then merge or leave them be.",
  dupLoading: "Looking for duplicates…",
  dupNone: "No likely duplicates among your customers.",
  dupCount: (n: number) => (pairs.select(n) === "one" ? "1 pair to look at" : `${n} pairs to look at`),
  dupLikely: (score: number) => (score >= 0.9 ? "Very likely one person" : score >= 0.7 ? "Likely one person" : "Possibly one person"),
  dupCompare: "Compare",
  dupHide: "Hide",
  dupKeep: "Keep this record",
  dupAdded: (date: string) => `Added ${date}`,
  dupNoEmail: "no email",
  dupNoPhone: "no phone",
  dupMerge: (into: string) => `Merge into ${into}`,
  dupMerging: "Merging…",
  dupMergeNote:
    "Purchases, preferences, consent history, contacts and promises move to the record you keep. Its details stay; the other record's emails, phones, tags and notes are added; empty fields are filled from it.",
  dupMerged: (name: string) => `Merged into ${name}.`,
  dupLooksLike: "This looks like someone already in your book:",
  dupOpenExisting: (name: string) => `Open ${name}`,
  dupReason: (r: DuplicateReasonDto): string => {
    switch (r.kind) {
      case "same-email":
        return `same email (${r.a ?? ""})`;
      case "same-phone":
        return `same phone (${r.a ?? ""})`;
      case "same-name":
        return "same name";
      case "same-name-reordered":
        return "same name, written differently";
      case "short-form":
        return `${r.a ?? ""} and ${r.b ?? ""} are one name`;
      case "initial":
        return `${(r.a ?? "").toUpperCase()}. could be ${r.b ?? ""}`;
      case "name-within":
        return "one name is part of the other";
      case "similar-spelling":
        return "names spelled almost the same";
      case "other-emails":
        return "but different emails";
      case "other-phones":
        return "but different phones";
      default:
        return "something else in common";
    }
  },
};
