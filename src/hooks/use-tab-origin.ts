import { useEffect, useState } from 'react';
import { claimedTabOrigin, tabOrigin } from '../config/tab-origin.ts';

/** This tab's id for its undo steps (config/tab-origin.ts); `null` until the tab has claimed it. */
export function useTabOrigin(): string | null {
  const [origin, setOrigin] = useState(claimedTabOrigin);
  useEffect(() => {
    if (origin === null) void tabOrigin.then(setOrigin);
  }, [origin]);
  return origin;
}
