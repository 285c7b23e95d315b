// The Settings screen's calls to the Rust side.
import { call } from "../backend";
import type { SettingsDto } from "../bindings/SettingsDto";
import type { ConsentWordingDto } from "../bindings/ConsentWordingDto";
import type { RekeyedDto } from "../bindings/RekeyedDto";
import type { TemplateDto } from "../bindings/TemplateDto";

export type { SettingsDto, ConsentWordingDto, TemplateDto, RekeyedDto };

export const settingsApi = {
  get: () => call<SettingsDto>("get_settings"),
  save: (input: SettingsDto) => call<SettingsDto>("save_settings", { input }),
  wordings: (language: string) => call<ConsentWordingDto[]>("consent_wordings", { language }),
  saveWording: (purpose: string, language: string, text: string) =>
    call<ConsentWordingDto>("save_consent_wording", { purpose, language, text }),
  templates: () => call<TemplateDto[]>("message_templates"),
  saveTemplate: (kind: string, language: string, subject: string, body: string) =>
    call<TemplateDto>("save_message_template", { kind, language, subject, body }),
  resetTemplate: (kind: string, language: string) => call<void>("reset_message_template", { kind, language }),
  changePassphrase: (current: string, passphrase: string, confirmation: string) =>
    call<RekeyedDto>("change_passphrase", { current, passphrase, confirmation }),
  newEmergencyKit: (passphrase: string) => call<RekeyedDto>("new_emergency_kit", { passphrase }),
};
