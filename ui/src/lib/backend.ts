// The one door from the UI to the Rust side. Components never call `invoke`
// themselves; tests can replace this module. Data types are generated from
// Rust (src/lib/bindings, by ts-rs) and never written by hand.
import { invoke } from "@tauri-apps/api/core";
import type { CustomerDto } from "./bindings/CustomerDto";
import type { NewCustomerDto } from "./bindings/NewCustomerDto";
import type { IpcError } from "./bindings/IpcError";

export type { CustomerDto, NewCustomerDto, IpcError };

/** Turns whatever a command rejected with into an IpcError. */
export function asIpcError(e: unknown): IpcError {
  if (e && typeof e === "object" && "message" in e && "code" in e) {
    const { code, field, message } = e as IpcError;
    return { code, field: field ?? null, message };
  }
  return { code: "unexpected", field: null, message: String(e) };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw asIpcError(e);
  }
}

export const backend = {
  listCustomers: () => call<CustomerDto[]>("list_customers"),
  addCustomer: (input: NewCustomerDto) => call<CustomerDto>("add_customer", { input }),
  vaultLocation: () => call<string>("vault_location"),
};
