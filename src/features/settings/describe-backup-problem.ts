import type { TFunction } from '../../i18n/i18n.ts';
import type { BackupProblem } from '../../domain/backup/parse-backup.ts';

/** A sentence saying why a backup file was refused (positions counted from 1, as people do). */
export function describeBackupProblem(problem: BackupProblem, t: TFunction): string {
  switch (problem.code) {
    case 'empty':
      return t('settings.problem.empty');
    case 'truncated':
      return t('settings.problem.truncated');
    case 'notJson':
      return t('settings.problem.notJson', { detail: problem.detail });
    case 'foreign':
      return t('settings.problem.foreign');
    case 'newerFormat':
      return t('settings.problem.newerFormat', { formatVersion: problem.formatVersion });
    case 'newerSchema':
      return t('settings.problem.newerSchema', { schemaVersion: problem.schemaVersion });
    case 'invalidHeader':
      return t('settings.problem.invalidHeader', { path: problem.path });
    case 'unknownTable':
      return t('settings.problem.unknownTable', { table: problem.table });
    case 'countMismatch':
      return t('settings.problem.countMismatch', problem);
    case 'invalidRecord': {
      const values = { ...problem, position: problem.index + 1, path: problem.path || '…' };
      return problem.received === 'undefined'
        ? t('settings.problem.missingField', values)
        : t('settings.problem.invalidRecord', values);
    }
    case 'duplicateKey':
      return t('settings.problem.duplicateKey', problem);
    case 'missingReference':
      return t('settings.problem.missingReference', { ...problem, position: problem.index + 1 });
    case 'checksumMismatch':
      return t('settings.problem.checksumMismatch');
    case 'futureDate':
      return t('settings.problem.futureDate', {
        ...problem,
        position: problem.index + 1,
        value: problem.value.toISOString(),
      });
    case 'damagedMedia':
      return t('settings.problem.damagedMedia', { ...problem, position: problem.index + 1 });
    case 'wrongDeck':
      return t('settings.problem.wrongDeck', { ...problem, position: problem.index + 1 });
  }
}
