// Sync between the shop's computers: status, turning it on or joining, syncing now, turning it off.
import { call } from "../backend";
import type { SyncStatusDto } from "../bindings/SyncStatusDto";
import type { SyncOnDto } from "../bindings/SyncOnDto";
import type { SyncReportDto } from "../bindings/SyncReportDto";
import type { SyncStartedDto } from "../bindings/SyncStartedDto";
import type { SyncConflictDto } from "../bindings/SyncConflictDto";

export type { SyncStatusDto, SyncOnDto, SyncReportDto, SyncStartedDto, SyncConflictDto };

export const syncApi = {
  status: () => call<SyncStatusDto>("sync_status"),
  enable: (folder: string, name: string | null) => call<SyncStartedDto>("sync_enable", { folder, name }),
  join: (folder: string, code: string, name: string | null) => call<SyncReportDto>("sync_join", { folder, code, name }),
  /** The pairing code again, only with the vault passphrase (the core checks it). */
  pairingCode: (passphrase: string) => call<string>("sync_pairing_code", { passphrase }),
  now: () => call<SyncReportDto>("sync_now"),
  conflicts: (limit: number) => call<SyncConflictDto[]>("sync_conflicts", { limit }),
  disable: () => call<null>("sync_disable"),
};
