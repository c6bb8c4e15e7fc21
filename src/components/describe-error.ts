import type { TFunction } from '../i18n/i18n.ts';

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { name, inner, failures } = error as {
    name?: unknown;
    inner?: unknown;
    failures?: unknown;
  };
  // Dexie wraps the browser's DOMException in `inner`; the cause is what names the problem.
  if (name === 'AbortError' && inner !== undefined) return errorName(inner);
  // A failed bulk write lists each record's error; the first one says what went wrong.
  if (name === 'BulkError' && Array.isArray(failures) && failures.length > 0) {
    return errorName(failures[0]);
  }
  return typeof name === 'string' ? name : '';
}

function errorMessage(error: unknown): string {
  // DOMExceptions are not `instanceof Error` everywhere, but always carry a message.
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** A sentence for the learner saying what went wrong and what to do about it. */
export function describeError(error: unknown, t: TFunction): string {
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return t('errors.quotaExceeded');
    case 'OpenFailedError':
    case 'MissingAPIError':
    case 'InvalidStateError':
    case 'SecurityError':
    case 'UpgradeError':
      return t('errors.storageUnavailable', { reason: errorMessage(error) });
    // The database is at a higher version than this code (a newer app in another tab).
    case 'VersionError':
      return t('storageErrors.versionChanged');
    case 'DatabaseClosedError':
      return t('storageErrors.databaseClosed');
    // IndexedDB refused a record: a key of the wrong type, a duplicate, a value it cannot clone.
    case 'DataError':
    case 'ConstraintError':
    case 'DataCloneError':
      return t('storageErrors.invalidData', { reason: errorMessage(error) });
    default:
      return t('errors.unexpected', { reason: errorMessage(error) });
  }
}
