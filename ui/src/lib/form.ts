// Pure helpers for the customer form: kept out of components so they can be unit-tested.
import type { IpcError, NewCustomerDto } from "./backend";

/** Raw text fields as typed by the owner. */
export interface CustomerFields {
  name: string;
  email: string;
  phone: string;
}

/** The form's text as the command's input: blanks become null. */
export function toNewCustomer(f: CustomerFields): NewCustomerDto {
  const opt = (s: string) => (s.trim() === "" ? null : s.trim());
  return { displayName: f.name.trim(), email: opt(f.email), phone: opt(f.phone) };
}

/** Which field an error belongs to ("form" when none). */
export function errorField(e: Pick<IpcError, "field">): keyof CustomerFields | "form" {
  switch (e.field) {
    case "name":
      return "name";
    case "email":
      return "email";
    case "phone":
      return "phone";
    default:
      return "form";
  }
}

/** Up to two initials for an avatar, from any script. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/u).filter(Boolean);
  const first = (s: string) => Array.from(s)[0] ?? "";
  if (parts.length === 0) return "?";
  if (parts.length === 1) return first(parts[0]).toUpperCase();
  return (first(parts[0]) + first(parts[parts.length - 1])).toUpperCase();
}
