// What each role may do, as the core's one table says (crates/core/src/staff/role.rs):
// the screens use it to hide what the person working may not do. The core
// refuses anyway; this only keeps the screens honest.

/** A role in the shop. */
export type Role = "owner" | "manager" | "staff";

/** A kind of operation the core guards (the same names as the core's `Permission`). */
export type Permission = "counter" | "export-many" | "erase" | "restore" | "settings" | "vault" | "staff" | "sync";

/** Whether `role` may do what `permission` guards. */
export function roleMay(role: Role, permission: Permission): boolean {
  if (role === "owner") return true;
  if (role === "manager") return !["vault", "staff", "sync"].includes(permission);
  return permission === "counter";
}

/** A PIN as the core takes it for staff: 6 to 12 digits. */
export function pinProblem(pin: string, again: string): "digits" | "mismatch" | null {
  if (!/^[0-9]{6,12}$/.test(pin)) return "digits";
  return pin === again ? null : "mismatch";
}

/** The colours offered for a new person: calm, readable behind white letters. */
export const staffColours = ["#2f6f8f", "#7a4f9a", "#a14a3b", "#3d7a4a", "#8a6a1f", "#5a5f6b"];
