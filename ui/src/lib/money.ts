// Money on screen: integer minor units shown with Intl in the shop's currency.
import { formatLocale } from "./l10n/formats";
import type { CurrencyDto } from "./bindings/CurrencyDto";

/** `minor` units as money, e.g. 2500 EUR → "€25.00" (en) or "25,00 €" (de). */
export function formatMoney(minor: number, currency: CurrencyDto, locale: string = formatLocale): string {
  const digits = currency.exponent;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.code,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}

/** `minor` units as the owner would type them, e.g. 1250 → "12.50" or "12,50". */
export function amountText(minor: number, currency: CurrencyDto, locale: string = formatLocale): string {
  const digits = currency.exponent;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(minor / 10 ** digits);
}
