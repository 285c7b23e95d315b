// The last backup as the sidebar and the Settings screen show it, kept
// fresh after every backup and checked for the daily backup.
import { backupApi, type BackupStatusDto } from "./api/backup";

export const backupState: { status: BackupStatusDto | null; now: number } = $state({ status: null, now: Date.now() });

/** Reads the backup status again. */
export async function refreshBackupStatus(): Promise<void> {
  backupState.status = await backupApi.status().catch(() => backupState.status);
  backupState.now = Date.now();
}

/** Makes the daily backup if it is due, then refreshes the status. */
export async function dailyBackupIfDue(): Promise<void> {
  await backupApi.ifDue().catch(() => null);
  await refreshBackupStatus();
}
