import { Rating, State } from '../../domain/scheduling/scheduler.ts';

/** The i18n key of a card state (`browse.card.states.*`). */
export function stateKey(state: State) {
  switch (state) {
    case State.New:
      return 'new';
    case State.Learning:
      return 'learning';
    case State.Review:
      return 'review';
    case State.Relearning:
      return 'relearning';
  }
}

/** The i18n key of a grade (`browse.card.grades.*`). */
export function gradeKey(rating: Rating) {
  switch (rating) {
    case Rating.Manual:
      return 'manual';
    case Rating.Again:
      return 'again';
    case Rating.Hard:
      return 'hard';
    case Rating.Good:
      return 'good';
    case Rating.Easy:
      return 'easy';
  }
}
