// Today's follow-up suggestions and what the owner does with them.
import { call } from "../backend";
import type { SuggestionDto } from "../bindings/SuggestionDto";
import type { DraftDto } from "../bindings/DraftDto";
import type { RecentContactDto } from "../bindings/RecentContactDto";
import type { QualityDto } from "../bindings/QualityDto";
import type { OutcomeDto } from "../bindings/OutcomeDto";

export type { SuggestionDto, DraftDto, RecentContactDto, QualityDto, OutcomeDto };

export const todayApi = {
  suggestions: (limit: number) => call<SuggestionDto[]>("today_suggestions", { limit }),
  draft: (key: string) => call<DraftDto>("suggestion_draft", { key }),
  complete: (key: string, channel: string | null, note: string) =>
    call<void>("complete_suggestion", { key, channel, note }),
  snooze: (key: string, until: string) => call<void>("snooze_suggestion", { key, until }),
  dismiss: (key: string, reason: string) => call<void>("dismiss_suggestion", { key, reason }),
  /** Takes back the latest snooze or dismissal of `key`. */
  undo: (key: string) => call<void>("undo_suggestion_action", { key }),
  recentContacts: (limit: number) => call<RecentContactDto[]>("recent_contacts", { limit }),
  /** Saves today's day sheet (PDF, HTML or Markdown by the extension) at a path chosen just now. */
  saveDaySheet: (language: string, path: string) => call<void>("save_day_sheet", { language, path }),
  /** Opens the draft as edited in `via`'s app (mail, sms, call, whatsapp, signal). */
  openDraft: (key: string, via: string, subject: string, body: string) =>
    call<void>("open_draft", { key, via, subject, body }),
  /** How good the suggestions have been; `null` when there is too little history. */
  quality: () => call<QualityDto | null>("suggestion_quality"),
  /** What came of the follow-ups, per kind. */
  outcomes: () => call<OutcomeDto[]>("suggestion_outcomes"),
};
