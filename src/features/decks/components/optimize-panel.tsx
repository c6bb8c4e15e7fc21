import { clock } from '../../../config/clock.ts';
import { describeError } from '../../../components/describe-error.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { refitReason } from '../../../domain/scheduling/fsrs-parameters.ts';
import type { FitOutcome } from '../../../domain/scheduling/optimizer.ts';
import { useTranslation, type TFunction } from '../../../i18n/i18n.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import { useDeckReviewCount, useOptimizer, type OptimizerState } from '../hooks/use-optimizer.ts';
import {
  OPTIMIZER_STAGES,
  optimizerUnsupported,
  type OptimizerMode,
} from '../optimizer/run-optimizer.ts';
import { OptimizeFigures } from './optimize-figures.tsx';

function verdict(mode: OptimizerMode, outcome: FitOutcome, saved: boolean, t: TFunction): string {
  const { plan } = outcome;
  if (plan.kind === 'tooFew')
    return t('optimize.tooFew', { items: plan.items, needed: plan.needed });
  if (mode === 'evaluate') return t('optimize.evaluated', { count: outcome.reviewCount });
  const partial =
    plan.kind === 'initialOnly'
      ? `${t('optimize.initialOnly', { items: plan.items, needed: plan.neededForFull })} `
      : '';
  return partial + t(saved ? 'optimize.improved' : 'optimize.notImproved');
}

function Result({ state }: { state: OptimizerState }) {
  const { t } = useTranslation();
  switch (state.phase) {
    case 'idle':
    case 'running':
      return null;
    case 'cancelled':
      return <p role="status">{t('optimize.cancelled')}</p>;
    case 'failed':
      return <p role="alert">{t('optimize.failed', { message: describeError(state.error, t) })}</p>;
    case 'done':
      return (
        <>
          <p role="status">{verdict(state.mode, state.outcome, state.saved, t)}</p>
          <OptimizeFigures outcome={state.outcome} />
        </>
      );
  }
}

/**
 * A deck's FSRS parameters: when they were fitted, whether fitting again is suggested, and the
 * Optimize / Evaluate buttons with progress, cancel and the before/after figures.
 */
export function OptimizePanel({ deck }: { deck: DeckRecord }) {
  const { t, i18n: translator } = useTranslation();
  const format = useFormatters();
  const { state, run, cancel } = useOptimizer(deck);
  const reviewCount = useDeckReviewCount(deck.id);
  const fitted = deck.options.fsrsParameters;
  const unsupported = optimizerUnsupported();
  const reason = reviewCount === undefined ? null : refitReason(fitted, reviewCount, clock.now());
  const busy = state.phase === 'running';
  return (
    <section className="optimize-panel" aria-labelledby="optimize-title">
      <h3 id="optimize-title">{t('optimize.title')}</h3>
      <p>
        {fitted === undefined
          ? t('optimize.defaults')
          : t('optimize.fitted', {
              count: fitted.reviewCount,
              date: new Intl.DateTimeFormat(translator.language, { dateStyle: 'medium' }).format(
                new Date(fitted.fittedAt),
              ),
            })}
      </p>
      {reason !== null && <p>{t(`optimize.suggest.${reason}`)}</p>}
      {unsupported !== null && <p>{t(`optimize.unsupported.${unsupported}`)}</p>}
      <div className="optimize-panel__buttons">
        <button
          type="button"
          disabled={busy || unsupported !== null}
          onClick={() => {
            run('optimize');
          }}
        >
          {t('optimize.optimize')}
        </button>
        <button
          type="button"
          disabled={busy || unsupported === 'noWorker'}
          onClick={() => {
            run('evaluate');
          }}
        >
          {t('optimize.evaluate')}
        </button>
        {busy && (
          <button type="button" onClick={cancel}>
            {t('optimize.cancel')}
          </button>
        )}
      </div>
      {busy && (
        <>
          <progress
            aria-label={t('optimize.progress')}
            max={OPTIMIZER_STAGES.length}
            value={OPTIMIZER_STAGES.indexOf(state.stage) + (state.fitted ?? 0)}
          />
          <p role="status">
            {state.fitted === null
              ? t(`optimize.stage.${state.stage}`)
              : t('optimize.fittingDone', {
                  percent: format.percent(Math.floor(state.fitted * 100) / 100),
                })}
          </p>
        </>
      )}
      <Result state={state} />
    </section>
  );
}
