/**
 * The one set of names for answer grades and card states, as i18n keys (`fsrs.grade.*`,
 * `fsrs.state.*`): the study buttons, the card browser and the review history all show these.
 */
import { Rating, State } from '../domain/scheduling/fsrs-vocabulary.ts';

/** The i18n key of a grade's name ("Again", "Hard", …). */
export function gradeLabelKey(rating: Rating) {
  switch (rating) {
    case Rating.Manual:
      return 'fsrs.grade.manual';
    case Rating.Again:
      return 'fsrs.grade.again';
    case Rating.Hard:
      return 'fsrs.grade.hard';
    case Rating.Good:
      return 'fsrs.grade.good';
    case Rating.Easy:
      return 'fsrs.grade.easy';
  }
}

/** The i18n key of a card state's name ("New", "Learning", …). */
export function stateLabelKey(state: State) {
  switch (state) {
    case State.New:
      return 'fsrs.state.new';
    case State.Learning:
      return 'fsrs.state.learning';
    case State.Review:
      return 'fsrs.state.review';
    case State.Relearning:
      return 'fsrs.state.relearning';
  }
}
