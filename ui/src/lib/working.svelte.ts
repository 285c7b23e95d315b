// Who is at the counter (reactive), and the "Switch person" dialog. The
// sidebar shows the person; screens hide what their role may not do.
import { staffApi, type WorkingDto } from "./api/staff";
import { roleMay, type Permission, type Role } from "./staff";

/** The person working now (`null` until asked, or while locked). */
export const counter: { working: WorkingDto | null } = $state({ working: null });

/** The Switch person dialog: open, and whether someone must sign in to close it (after idle time). */
export const switchDialog: { open: boolean; required: boolean } = $state({ open: false, required: false });

/** Asks the backend who is working now. */
export async function refreshWorking(): Promise<void> {
  counter.working = await staffApi.working().catch(() => null);
}

/** Whether the person working may do what `permission` guards (the owner until known). */
export function may(permission: Permission): boolean {
  return roleMay((counter.working?.role ?? "owner") as Role, permission);
}

/** Opens the Switch person dialog; `required`: it closes only once someone signs in. */
export function askWhoIsThere(required = false): void {
  switchDialog.required = required;
  switchDialog.open = true;
}
