import { describe, expect, it } from "vitest";
import { aboutDialog, formatRows, licenceText, openAbout } from "./about.svelte";
import { t as about } from "./strings";
import type { AboutDto } from "./bindings/AboutDto";

const dto: AboutDto = {
  version: "0.1.0",
  license: "MIT OR Apache-2.0",
  vaultPath: "/home/zoë/.local/share/shopkeeper/shop.vault",
  migrationCopyName: "shop.vault.before-v4",
  schemaVersion: 3,
  vaultFormat: 1,
  backupFormat: 1,
  syncOn: false,
};

describe("about", () => {
  it("lists the data, vault and backup formats from the app's answer", () => {
    const rows = formatRows(dto, { schema: about.aboutSchema, vault: about.aboutVaultFormat, backup: about.aboutBackupFormat });
    expect(rows).toEqual([
      { label: "Data in the vault", version: 3 },
      { label: "Vault file", version: 1 },
      { label: "Backups", version: 1 },
    ]);
  });

  it("says plainly whether sync is on and names the licence in words", () => {
    expect(about.aboutSync(dto.syncOn)).toBe("Sync: off.");
    expect(about.aboutSync(true)).toBe("Sync: on, through a shared folder.");
    expect(licenceText(dto.license)).toBe("Free software under MIT or Apache-2.0.");
    expect(about.aboutCopyText).toMatch(/named like$/);
  });

  it("opens from anywhere", () => {
    aboutDialog.open = false;
    openAbout();
    expect(aboutDialog.open).toBe(true);
  });
});
