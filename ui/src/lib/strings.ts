// Every word the UI shows, in one place, so Shopkeeper can be translated:
// one file per area under strings/, merged here into `t`.
import { shell } from "./strings/shell";
import { vault } from "./strings/vault";
import { customers } from "./strings/customers";
import { sale } from "./strings/sale";
import { catalog } from "./strings/catalog";

export const t = { ...shell, ...vault, ...customers, ...sale, ...catalog } as const;
