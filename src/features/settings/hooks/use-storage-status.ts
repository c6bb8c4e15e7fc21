import { useCallback, useEffect, useState } from 'react';
import {
  readStorageStatus,
  requestPersistence,
  type StorageStatus,
} from '../../../storage/persistence.ts';

/**
 * The browser's storage figures for this site, read on mount and again on `refresh` (after an
 * import, say); `persist` asks for persistent storage and reports a refusal.
 */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [denied, setDenied] = useState(false);
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let current = true;
    void readStorageStatus().then((next) => {
      if (current) setStatus(next);
    });
    return () => {
      current = false;
    };
  }, [reads]);

  const refresh = useCallback(() => {
    setReads((count) => count + 1);
  }, []);

  const persist = useCallback(async () => {
    const granted = await requestPersistence();
    setDenied(granted === false);
    refresh();
  }, [refresh]);

  return { status, denied, refresh, persist };
}
