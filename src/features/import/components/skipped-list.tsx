import { useState } from 'react';
import type { SkippedSection } from '../../../domain/import/skipped-sections.ts';
import { useTranslation } from '../../../i18n/i18n.ts';

/** Sections listed until "Show all": a long document has thousands, too many to render at once. */
const SHOWN = 50;

/** What the document held that gave no cards, each section with its lines and the reason. */
export function SkippedList({ skipped }: { skipped: readonly SkippedSection[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (skipped.length === 0) return null;
  return (
    <details>
      <summary>{t('import.preview.skipped', { count: skipped.length })}</summary>
      <ul>
        {(all ? skipped : skipped.slice(0, SHOWN)).map((section) => (
          <li key={section.lines[0]}>
            {t(`import.preview.skip.${section.reason}`, {
              heading: section.heading,
              from: section.lines[0],
              to: section.lines[1],
            })}
          </li>
        ))}
      </ul>
      {!all && skipped.length > SHOWN && (
        <button
          type="button"
          onClick={() => {
            setAll(true);
          }}
        >
          {t('import.preview.showAll', { count: skipped.length })}
        </button>
      )}
    </details>
  );
}
