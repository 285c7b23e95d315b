// Case- and accent-insensitive text for matching typed words: "Zoë" → "zoe",
// "Ødegård" → "odegard" (the same folding the core's search uses).

const special: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", ł: "l", đ: "d", þ: "th" };

/** Lower-cased, accents removed, special letters spelled out. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[øæœßłđþ]/g, (c) => special[c] ?? c);
}
