// Pure helpers for the profile's forms: text lists typed with commas, and
// which field an error from the core belongs to.
import type { CustomerEditDto } from "./api/profile";
import type { IpcError } from "./backend";

/** The details form as typed: lists as comma-separated text. */
export interface DetailsFields {
  displayName: string;
  givenName: string;
  familyName: string;
  emails: string;
  phones: string;
  address: string;
  language: string;
  birthday: string;
  importantDates: { label: string; date: string }[];
  tags: string;
  notes: string;
  customerRef: string;
}

/** "a, b,, c " → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The form's text for a customer's saved fields. */
export function toFields(e: CustomerEditDto): DetailsFields {
  return {
    displayName: e.displayName,
    givenName: e.givenName ?? "",
    familyName: e.familyName ?? "",
    emails: e.emails.join(", "),
    phones: e.phones.join(", "),
    address: e.address ?? "",
    language: e.language ?? "",
    birthday: e.birthday ?? "",
    importantDates: e.importantDates.map((d) => ({ ...d })),
    tags: e.tags.join(", "),
    notes: e.notes ?? "",
    customerRef: e.customerRef ?? "",
  };
}

/** The core's edit for the form's text: blanks become null, lists are split. */
export function toEdit(f: DetailsFields): CustomerEditDto {
  const opt = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    displayName: f.displayName.trim(),
    givenName: opt(f.givenName),
    familyName: opt(f.familyName),
    emails: splitList(f.emails),
    phones: splitList(f.phones),
    address: opt(f.address),
    language: opt(f.language),
    birthday: opt(f.birthday),
    importantDates: f.importantDates.filter((d) => d.label.trim() || d.date.trim()),
    tags: splitList(f.tags),
    notes: opt(f.notes),
    customerRef: opt(f.customerRef),
  };
}

const fieldOfCore: Record<string, keyof DetailsFields> = {
  name: "displayName",
  given_name: "givenName",
  family_name: "familyName",
  email: "emails",
  phone: "phones",
  address: "address",
  language: "language",
  birthday: "birthday",
  important_date: "importantDates",
  tag: "tags",
  notes: "notes",
  customer_ref: "customerRef",
};

/** Which details field an error belongs to ("form" when none). */
export function detailsErrorField(e: Pick<IpcError, "field">): keyof DetailsFields | "form" {
  return (e.field && fieldOfCore[e.field]) || "form";
}
