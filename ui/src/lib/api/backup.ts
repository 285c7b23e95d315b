// Backups: the schedule, the status, backing up and restoring.
import { call } from "../backend";
import type { BackupScheduleDto } from "../bindings/BackupScheduleDto";
import type { BackupStatusDto } from "../bindings/BackupStatusDto";
import type { BackupMadeDto } from "../bindings/BackupMadeDto";
import type { RestoredDto } from "../bindings/RestoredDto";

export type { BackupScheduleDto, BackupStatusDto, BackupMadeDto, RestoredDto };

export const backupApi = {
  status: () => call<BackupStatusDto>("backup_status"),
  schedule: () => call<BackupScheduleDto>("backup_schedule"),
  saveSchedule: (input: BackupScheduleDto) => call<BackupScheduleDto>("save_backup_schedule", { input }),
  now: () => call<BackupMadeDto>("backup_now"),
  toFile: (path: string) => call<BackupMadeDto>("backup_to_file", { path }),
  ifDue: () => call<BackupMadeDto | null>("backup_if_due"),
  restore: (path: string, passphrase: string) =>
    call<RestoredDto>("restore_backup", { path, passphrase, recoveryKey: null, confirmation: null }),
  /** With the emergency kit's recovery key; the copy gets a new passphrase. */
  restoreWithRecoveryKey: (path: string, recoveryKey: string, passphrase: string, confirmation: string) =>
    call<RestoredDto>("restore_backup", { path, passphrase, recoveryKey, confirmation }),
  switchToRestored: () => call<string>("switch_to_restored"),
};
