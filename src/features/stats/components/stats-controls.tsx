import { useNavigate } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { paths } from '../../../config/paths.ts';
import { STATS_PERIODS, type StatsPeriod } from '../../../domain/stats/statistics.ts';
import { useDeckChoices } from '../hooks/use-statistics.ts';
import { DeckOptions } from '../../../components/deck-options.tsx';

interface StatsControlsProps {
  deckId: string | null;
  period: StatsPeriod;
  onPeriod: (period: StatsPeriod) => void;
}

/** Which deck (all, or one: its own address) and which period the page shows. */
export function StatsControls({ deckId, period, onPeriod }: StatsControlsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const decks = useDeckChoices() ?? [];
  return (
    <div className="stats__controls">
      <label>
        {t('stats.deck')}{' '}
        <select
          value={deckId ?? ''}
          onChange={(event) => {
            const chosen = event.target.value;
            void navigate(chosen === '' ? paths.stats.build() : paths.deckStats.build(chosen));
          }}
        >
          <option value="">{t('stats.allDecks')}</option>
          <DeckOptions decks={decks} />
        </select>
      </label>
      <fieldset className="stats__period">
        <legend>{t('stats.period')}</legend>
        {STATS_PERIODS.map((days) => (
          <label key={days}>
            <input
              type="radio"
              name="stats-period"
              value={days}
              checked={period === days}
              onChange={() => {
                onPeriod(days);
              }}
            />
            {t(`stats.periods.days${days}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
