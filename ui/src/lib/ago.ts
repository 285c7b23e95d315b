// "2 days ago": how long ago something happened, in words.
import { formatLocale } from "./l10n/formats";
import { t } from "./strings";

/** How long before `now` (milliseconds since 1970) the time `iso` was, in words: "just now" under a
 * minute, then minutes, hours, days ("yesterday"), months. `never` when unset. */
export function ago(iso: string | null, now: number, locale: string = formatLocale): string {
  if (!iso) return t.bkNever;
  const seconds = (now - Date.parse(iso)) / 1000;
  if (seconds < 60) return t.bkJustNow;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return rtf.format(-minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return rtf.format(-hours, "hour");
  const days = Math.floor(hours / 24);
  if (days < 45) return rtf.format(-days, "day");
  return rtf.format(-Math.floor(days / 30), "month");
}
