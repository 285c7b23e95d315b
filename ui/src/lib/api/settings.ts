// The Settings screen's calls to the Rust side.
import { call } from "../backend";
import type { SettingsDto } from "../bindings/SettingsDto";
import type { ConsentWordingDto } from "../bindings/ConsentWordingDto";
import type { CreatedVaultDto } from "../bindings/CreatedVaultDto";

export type { SettingsDto, ConsentWordingDto };

export const settingsApi = {
  get: () => call<SettingsDto>("get_settings"),
  save: (input: SettingsDto) => call<SettingsDto>("save_settings", { input }),
  wordings: () => call<ConsentWordingDto[]>("consent_wordings"),
  saveWording: (purpose: string, text: string) => call<ConsentWordingDto>("save_consent_wording", { purpose, text }),
  changePassphrase: (current: string, passphrase: string, confirmation: string) =>
    call<void>("change_passphrase", { current, passphrase, confirmation }),
  newEmergencyKit: (passphrase: string) => call<CreatedVaultDto>("new_emergency_kit", { passphrase }),
};
