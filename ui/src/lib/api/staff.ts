// Staff at the counter: the people and their roles, who is working, switching
// person with a PIN, and what each person did.
import { call } from "../backend";
import type { StaffDto } from "../bindings/StaffDto";
import type { NewStaffDto } from "../bindings/NewStaffDto";
import type { WorkingDto } from "../bindings/WorkingDto";
import type { ActivityDto } from "../bindings/ActivityDto";

export type { StaffDto, NewStaffDto, WorkingDto, ActivityDto };

export const staffApi = {
  list: () => call<StaffDto[]>("list_staff"),
  add: (person: NewStaffDto, pin: string) => call<StaffDto>("add_staff", { person, pin }),
  remove: (id: string) => call<void>("remove_staff", { id }),
  setRole: (id: string, role: string) => call<StaffDto>("set_staff_role", { id, role }),
  setPin: (id: string, pin: string) => call<void>("set_staff_pin", { id, pin }),
  working: () => call<WorkingDto>("who_is_working"),
  signIn: (id: string, pin: string) => call<WorkingDto>("sign_in_staff", { id, pin }),
  /** The owner takes the counter back with the owner's PIN or the vault passphrase. */
  takeBack: (secret: string) => call<WorkingDto>("take_counter_back", { secret }),
  setAskWhoMinutes: (minutes: number | null) => call<void>("set_ask_who_minutes", { minutes }),
  /** What one person did (`null`: the owner), newest first. */
  activity: (staffId: string | null) => call<ActivityDto[]>("staff_activity", { staffId }),
};
