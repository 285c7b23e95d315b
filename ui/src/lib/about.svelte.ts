// Whether the About window is open: Settings and the Ctrl+K palette open it,
// the Shell shows it.
import type { AboutDto } from "./bindings/AboutDto";
import { t } from "./strings";

export const aboutDialog: { open: boolean } = $state({ open: false });

/** Opens the About window. */
export function openAbout(): void {
  aboutDialog.open = true;
}

/** The format rows of the About window: what, and its version number. */
export function formatRows(
  dto: AboutDto,
  words: { schema: string; vault: string; backup: string },
): { label: string; version: number }[] {
  return [
    { label: words.schema, version: dto.schemaVersion },
    { label: words.vault, version: dto.vaultFormat },
    { label: words.backup, version: dto.backupFormat },
  ];
}

/** "Free software under MIT or Apache-2.0.": the SPDX licence expression with its "OR" in words. */
export function licenceText(spdx: string): string {
  return t.aboutLicenceText(spdx.split(" OR ").join(` ${t.aboutLicenceOr} `));
}
