import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import './update-prompt.css';

/**
 * Registers the service worker and offers a new version when one is waiting. Nothing reloads on
 * its own: the learner chooses when, so a review is never cut off. When another tab accepted the
 * update, this tab is told, and still reloads only when asked.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const requestedHere = useRef(false);
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // The plugin's default reloads every tab once the new worker takes control.
    onNeedReload: () => {
      if (requestedHere.current) location.reload();
      else setUpdatedElsewhere(true);
    },
  });

  if (updatedElsewhere || needRefresh) {
    return (
      <div role="status" className="update-prompt">
        <p>{updatedElsewhere ? t('pwa.updatedElsewhere') : t('pwa.updateReady')}</p>
        <button
          type="button"
          onClick={() => {
            if (updatedElsewhere) {
              location.reload();
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
  return (
    <div role="status" className="update-prompt">
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
