// Customer view: which mode the app is in, the customer's own changes
// (never with a customer id: the backend knows whom the view shows), taking
// the screen back, the owner's PIN and the paper form.
import { call } from "../backend";
import type { KioskCommand } from "../commands";
import type { CustomerViewStatusDto } from "../bindings/CustomerViewStatusDto";
import type { CustomerViewDto } from "../bindings/CustomerViewDto";
import type { SelfEditDto } from "../bindings/SelfEditDto";
import type { ChangeSummaryDto } from "../bindings/ChangeSummaryDto";
import type { SignedFormDto } from "../bindings/SignedFormDto";
import type { FrequencyDto } from "../bindings/FrequencyDto";
import type { ProfileDto } from "../bindings/ProfileDto";

export type { CustomerViewStatusDto, CustomerViewDto, SelfEditDto, ChangeSummaryDto, SignedFormDto };

/** A call Customer view makes while it is on: only a command its guard lets through type-checks. */
const kioskCall = <T>(command: KioskCommand, args?: Record<string, unknown>) => call<T>(command, args);

export const customerViewApi = {
  status: () => kioskCall<CustomerViewStatusDto>("customer_view_status"),
  open: (id: string) => call<void>("open_customer_view", { id }),
  load: () => kioskCall<CustomerViewDto>("customer_view_load"),
  updateDetails: (details: SelfEditDto) => kioskCall<CustomerViewDto>("customer_view_update_details", { details }),
  addPreference: (category: string, value: string) => kioskCall<CustomerViewDto>("customer_view_add_preference", { category, value }),
  removePreference: (preferenceId: string) => kioskCall<CustomerViewDto>("customer_view_remove_preference", { preferenceId }),
  setConsent: (channel: string, purpose: string, answer: "granted" | "refused") =>
    kioskCall<CustomerViewDto>("customer_view_set_consent", { channel, purpose, answer }),
  setFrequency: (rule: FrequencyDto) => kioskCall<CustomerViewDto>("customer_view_set_frequency", { rule }),
  /** The customer is using the screen without changing anything: the backend's timeout starts again. */
  touch: () => kioskCall<void>("customer_view_touch"),
  rest: () => kioskCall<void>("customer_view_rest"),
  leave: (secret: string) => kioskCall<ChangeSummaryDto>("leave_customer_view", { secret }),
  setOwnerPin: (passphrase: string, pin: string) => call<void>("set_owner_pin", { passphrase, pin }),
  clearOwnerPin: (passphrase: string) => call<void>("clear_owner_pin", { passphrase }),
  exportForm: (id: string | null, path: string) => call<void>("export_consent_form", { id, path }),
  recordSignedForm: (id: string, form: SignedFormDto) => call<ProfileDto>("record_signed_form", { id, form }),
};
