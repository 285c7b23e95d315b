// One customer's profile: load it in one call; every edit answers with the
// whole profile again.
import { call } from "../backend";
import type { ProfileDto } from "../bindings/ProfileDto";
import type { CustomerEditDto } from "../bindings/CustomerEditDto";
import type { NewConsentDto } from "../bindings/NewConsentDto";
import type { FrequencyDto } from "../bindings/FrequencyDto";
import type { NewPreferenceDto } from "../bindings/NewPreferenceDto";
import type { NewContactDto } from "../bindings/NewContactDto";
import type { ConsentStatusDto } from "../bindings/ConsentStatusDto";
import type { ConsentEntryDto } from "../bindings/ConsentEntryDto";
import type { PreferenceDto } from "../bindings/PreferenceDto";
import type { PurchaseDto } from "../bindings/PurchaseDto";
import type { VocabularyDto } from "../bindings/VocabularyDto";
import type { ErasureReportDto } from "../bindings/ErasureReportDto";

export type {
  ProfileDto,
  CustomerEditDto,
  NewConsentDto,
  FrequencyDto,
  NewPreferenceDto,
  NewContactDto,
  ConsentStatusDto,
  ConsentEntryDto,
  PreferenceDto,
  PurchaseDto,
  VocabularyDto,
  ErasureReportDto,
};

/** Who an exported summary is written for. */
export type SummaryVariant = "shop" | "customer";

export const profileApi = {
  load: (id: string) => call<ProfileDto>("load_profile", { id }),
  update: (id: string, edit: CustomerEditDto) => call<ProfileDto>("update_customer", { id, edit }),
  recordConsent: (id: string, input: NewConsentDto) => call<ProfileDto>("record_consent", { id, input }),
  setFrequency: (id: string, rule: FrequencyDto) => call<ProfileDto>("set_contact_frequency", { id, rule }),
  addPreference: (id: string, input: NewPreferenceDto) => call<ProfileDto>("add_preference", { id, input }),
  removePreference: (id: string, preferenceId: string) =>
    call<ProfileDto>("remove_preference", { id, preferenceId }),
  logContact: (id: string, input: NewContactDto) => call<ProfileDto>("log_contact", { id, input }),
  link: (id: string, otherId: string, relation: string) =>
    call<ProfileDto>("link_customer", { id, otherId, relation }),
  unlink: (id: string, linkId: string) => call<ProfileDto>("unlink_customer", { id, linkId }),
  /** Several customers go into one PDF, one per page. */
  exportSummary: (ids: string[], variant: SummaryVariant, path: string) =>
    call<void>("export_customer_summary", { ids, variant, path }),
  exportData: (id: string, path: string) => call<[string, string]>("export_customer_data", { id, path }),
  erasurePreview: (id: string, keepPurchases: boolean) =>
    call<ErasureReportDto>("erasure_preview", { id, keepPurchases }),
  erase: (id: string, keepPurchases: boolean) => call<ErasureReportDto>("erase_customer", { id, keepPurchases }),
};
