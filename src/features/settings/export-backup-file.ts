import { downloadText } from '../../components/download-text.ts';
import { APP_VERSION } from '../../config/app-version.ts';
import { clock } from '../../config/clock.ts';
import { exportBackup } from '../../storage/backup.ts';
import { db } from '../../storage/database.ts';

/** Exports the whole collection and downloads it; resolves to the file name. */
export async function exportBackupFile(): Promise<string> {
  const { text, fileName } = await exportBackup(db, {
    now: clock.now(),
    appVersion: APP_VERSION,
    withMedia: true,
  });
  downloadText(text, fileName);
  return fileName;
}
