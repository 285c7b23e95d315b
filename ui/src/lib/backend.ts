// The one door from the UI to the Rust side. Components never call `invoke`
// themselves: they use `backend` here or an area's module in lib/api/, both
// built on `call`. Data types are generated from Rust (src/lib/bindings, by
// ts-rs) and never written by hand.
import { invoke } from "@tauri-apps/api/core";
import type { CustomerDto } from "./bindings/CustomerDto";
import type { NewCustomerDto } from "./bindings/NewCustomerDto";
import type { IpcError } from "./bindings/IpcError";
import type { VaultStatusDto } from "./bindings/VaultStatusDto";
import type { StrengthDto } from "./bindings/StrengthDto";
import type { CreatedVaultDto } from "./bindings/CreatedVaultDto";
import type { NewShopDto } from "./bindings/NewShopDto";
import type { Command } from "./commands";
import { errorText } from "./errorText";

export type { CustomerDto, NewCustomerDto, IpcError, VaultStatusDto, StrengthDto, CreatedVaultDto, NewShopDto };

/** Turns whatever a command rejected with into an IpcError, its message in the app's language (see `errorText`). */
export function asIpcError(e: unknown): IpcError {
  if (e && typeof e === "object" && "message" in e && "code" in e) {
    const error = e as IpcError;
    const { code, field, key, args } = error;
    return { code, field: field ?? null, message: errorText(error), key: key ?? "", args: args ?? {} };
  }
  return { code: "unexpected", field: null, message: String(e), key: "", args: {} };
}

/** Runs a Tauri command (one of the list in `commands.ts`, generated from Rust); rejects with an IpcError in plain words. */
export async function call<T>(command: Command, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw asIpcError(e);
  }
}

export const backend = {
  vaultStatus: () => call<VaultStatusDto>("vault_status"),
  passphraseStrength: (passphrase: string) => call<StrengthDto>("passphrase_strength", { passphrase }),
  createVault: (passphrase: string, confirmation: string, profile: NewShopDto) =>
    call<CreatedVaultDto>("create_vault", { passphrase, confirmation, profile }),
  /** Makes a fresh made-up demo shop beside the real one and opens it; locking deletes it. */
  openDemo: () => call<void>("open_demo"),
  saveEmergencyKit: (path: string) => call<void>("save_emergency_kit", { path }),
  forgetEmergencyKit: () => call<void>("forget_emergency_kit"),
  unlock: (passphrase: string) => call<void>("unlock", { passphrase }),
  unlockWithRecoveryKey: (recoveryKey: string, passphrase: string, confirmation: string) =>
    call<void>("unlock_with_recovery_key", { recoveryKey, passphrase, confirmation }),
  lock: () => call<void>("lock"),
  listCustomers: () => call<CustomerDto[]>("list_customers"),
  addCustomer: (input: NewCustomerDto) => call<CustomerDto>("add_customer", { input }),
  searchCustomers: (query: string, limit: number) => call<CustomerDto[]>("search_customers", { query, limit }),
};
