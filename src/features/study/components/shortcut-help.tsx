import { useTranslation } from '../../../i18n/i18n.ts';
import { STUDY_KEYS } from '../hooks/use-study-keys.ts';

/** Every keyboard shortcut of the study screen (opened and closed with `?`). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const shortcuts: [string, string][] = [
    [t('study.keys.spaceKeys'), t('study.keys.space')],
    ['1 2 3 4', t('study.keys.grades')],
    ['Ctrl+Z', t('study.undo')],
    [STUDY_KEYS.bury, t('study.bury')],
    [STUDY_KEYS.suspend, t('study.suspend')],
    [STUDY_KEYS.edit, t('study.edit')],
    ['?', t('study.keys.help')],
  ];
  return (
    <section className="shortcut-help" aria-labelledby="shortcut-help-title">
      <h2 id="shortcut-help-title">{t('study.keys.title')}</h2>
      <dl>
        {shortcuts.map(([keys, action]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        {t('study.keys.close')}
      </button>
    </section>
  );
}
