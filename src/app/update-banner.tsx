import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import type { useRegisterSW } from 'virtual:pwa-register/react';
import './update-prompt.css';

interface UpdateBannerProps {
  /** vite-plugin-pwa's registration hook (a stand-in in tests). */
  useRegister: typeof useRegisterSW;
  reload?: () => void;
}

/** How long "ready to work offline" stays: long enough to read, then it goes by itself. */
export const OFFLINE_NOTICE_MS = 8000;

function reloadPage() {
  location.reload();
}

/**
 * Offers a waiting new version, and says once (for a few seconds, never over the screen's
 * content) that the app works offline. Nothing reloads on its own:
 * the learner chooses when, so a review is never cut off. When another tab accepted the update,
 * this tab is told, and still reloads only when asked.
 */
export function UpdateBanner({ useRegister, reload = reloadPage }: UpdateBannerProps) {
  const { t } = useTranslation();
  const requestedHere = useRef(false);
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegister({
    // Called when the new worker takes control of this tab; the plugin's default reloads every
    // open tab at that moment, including one in the middle of a review.
    onNeedReload: () => {
      if (requestedHere.current) reload();
      else setUpdatedElsewhere(true);
    },
  });

  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => {
      setOfflineReady(false);
    }, OFFLINE_NOTICE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [offlineReady, setOfflineReady]);

  if (updatedElsewhere || needRefresh) {
    return (
      <div role="status" className="update-prompt">
        <p>{updatedElsewhere ? t('pwa.updatedElsewhere') : t('pwa.updateReady')}</p>
        <button
          type="button"
          onClick={() => {
            if (updatedElsewhere) {
              reload();
              return;
            }
            requestedHere.current = true;
            void updateServiceWorker(true);
          }}
        >
          {t('pwa.reload')}
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            setNeedRefresh(false);
            setUpdatedElsewhere(false);
          }}
        >
          {t('pwa.later')}
        </button>
      </div>
    );
  }
  if (!offlineReady) return null;
  // In the page's flow below the screen rather than over it: it must never hide a button.
  return (
    <div role="status" className="update-prompt update-prompt--notice">
      <p>{t('pwa.offlineReady')}</p>
      <button
        type="button"
        onClick={() => {
          setOfflineReady(false);
        }}
      >
        {t('pwa.close')}
      </button>
    </div>
  );
}
