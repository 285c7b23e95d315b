// Every word the UI shows, in one place, so Shopkeeper can be translated:
// one file per area under strings/, merged here into `t`.
import { shell } from "./strings/shell";
import { vault } from "./strings/vault";
import { customers } from "./strings/customers";
import { sale } from "./strings/sale";
import { catalog } from "./strings/catalog";
import { settings } from "./strings/settings";
import { backup } from "./strings/backup";
import { importing } from "./strings/importing";
import { today } from "./strings/today";
import { profile } from "./strings/profile";
import { customerView } from "./strings/customerView";
import { about } from "./strings/about";
import { sync } from "./strings/sync";
import { duplicates } from "./strings/duplicates";
import { outcomes } from "./strings/outcomes";

export const t = { ...shell, ...vault, ...customers, ...sale, ...catalog, ...settings, ...backup, ...importing, ...today, ...profile, ...customerView, ...about, ...sync, ...duplicates, ...outcomes } as const;
export { labelOf } from "./strings/profile";
