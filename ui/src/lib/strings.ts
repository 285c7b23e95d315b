// Every word the UI shows, in one place, so Shopkeeper can be translated:
// one file per area under strings/, merged here into `t`.
import { shell } from "./strings/shell";
import { vault } from "./strings/vault";
import { customers } from "./strings/customers";
import { profile } from "./strings/profile";

export const t = { ...shell, ...vault, ...customers, ...profile } as const;
export { labelOf } from "./strings/profile";
