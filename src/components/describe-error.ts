import type { TFunction } from 'i18next';

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  // Dexie wraps the browser's DOMException in `inner`; the cause is what names the problem.
  if (name === 'AbortError' && inner !== undefined) return errorName(inner);
  return typeof name === 'string' ? name : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
      return t('errors.storageUnavailable', { reason: errorMessage(error) });
    default:
      return t('errors.unexpected', { reason: errorMessage(error) });
  }
}
