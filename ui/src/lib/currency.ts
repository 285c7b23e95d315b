// Currencies offered when a shop is created, and a sensible default from the
// system's locale (its region's currency).

/** Common ISO 4217 currencies, euro first. */
export const COMMON_CURRENCIES = [
  "EUR", "GBP", "USD", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY",
  "CAD", "AUD", "NZD", "JPY", "CNY", "HKD", "SGD", "KRW", "INR", "ZAR", "BRL", "MXN",
] as const;

const EURO_REGIONS = new Set([
  "AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT",
  "SI", "SK", "AD", "MC", "SM", "VA", "ME", "XK",
]);

const REGION_CURRENCY: Record<string, string> = {
  GB: "GBP", US: "USD", CH: "CHF", LI: "CHF", SE: "SEK", NO: "NOK", DK: "DKK", IS: "ISK", PL: "PLN",
  CZ: "CZK", HU: "HUF", RO: "RON", BG: "BGN", TR: "TRY", CA: "CAD", AU: "AUD", NZ: "NZD", JP: "JPY",
  CN: "CNY", HK: "HKD", SG: "SGD", KR: "KRW", IN: "INR", ZA: "ZAR", BR: "BRL", MX: "MXN",
};

/** The currency of `locale`'s region ("de-AT" → EUR, "en-GB" → GBP), EUR when unknown. */
export function currencyForLocale(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  if (!region) return "EUR";
  if (EURO_REGIONS.has(region)) return "EUR";
  return REGION_CURRENCY[region] ?? "EUR";
}

/** "EUR" → "EUR — Euro" in the owner's language. */
export function currencyLabel(code: string, locale?: string): string {
  try {
    const name = new Intl.DisplayNames(locale ? [locale] : undefined, { type: "currency" }).of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}
