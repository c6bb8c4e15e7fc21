import { useState } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import type { JournalReplay } from '../storage/journal-keys.ts';

/**
 * Says, until dismissed, what became of answers the last page showed as given but had not
 * stored (storage/answer-journal.ts) when one of them could not be stored now. Answers stored
 * at start need no word: they are simply there.
 */
export function JournalNotice({ replay }: { replay: JournalReplay }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const lines = [
    replay.changed > 0 && t('study.journal.changed'),
    replay.unreadable > 0 && t('study.journal.unreadable'),
    replay.failed > 0 && t('study.journal.failed'),
  ].filter((line) => line !== false);
  if (dismissed || lines.length === 0) return null;
  return (
    <div role="status" className="journal-notice">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button
        type="button"
        onClick={() => {
          setDismissed(true);
        }}
      >
        {t('study.journal.dismiss')}
      </button>
    </div>
  );
}
