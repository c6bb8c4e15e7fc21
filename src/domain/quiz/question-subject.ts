/**
 * What a card asks about, so that one question never holds two cards asking the same thing: a
 * matching set with "KPO" (a definition) and "KPO — means?" (a comparison row) pairs itself, and
 * so does one with both sides of a table row ("BPO — services?", "KPO — services?").
 */
import { AnswerProfiles } from './check-answer.ts';
import type { QuizCard } from './quiz-types.ts';

export interface ComparisonParts {
  /** The table column the card is about: "BPO" of "BPO — services?". */
  readonly side: string;
  /** The table row: "services" of "BPO — services?". */
  readonly row: string;
}

/**
 * The side and row of a comparison card's front, or `null` when it has no " — ".
 *
 * @example
 * comparisonParts('KPO — Odborné znalosti v?'); // { side: 'KPO', row: 'Odborné znalosti v' }
 */
export function comparisonParts(front: string): ComparisonParts | null {
  const dash = front.lastIndexOf(' — ');
  if (dash === -1) return null;
  return {
    side: front.slice(0, dash).trim(),
    row: front
      .slice(dash + 3)
      .trim()
      .replace(/[?？]$/u, '')
      .trim(),
  };
}

/**
 * Whether a card asks one thing of a subject named before " — ": a comparison's row ("KPO —
 * services?") or a question the generator gave its document's subject ("Damga Vergisi — Nasıl
 * hesaplanır?").
 */
function isSided(card: QuizCard): boolean {
  return (
    card.kind === 'comparison' || (card.kind === 'faq' && comparisonParts(card.front) !== null)
  );
}

/** The term a card explains: a definition's term, a sided card's side; `null` for the rest. */
function termOf(card: QuizCard): string | null {
  if (card.kind === 'definition') return card.front.trim();
  if (isSided(card)) return comparisonParts(card.front)?.side ?? null;
  return null;
}

/**
 * The list or table row a card comes from: its list's lead-in line, its table row; `null` for
 * kinds without groups. Distractors prefer the same group; matching sets avoid it.
 */
export function groupOf(card: QuizCard): string | null {
  if (card.kind === 'list') return `list:${card.front.split('\n', 1)[0]?.trim() ?? ''}`;
  if (card.kind === 'comparison') {
    const row = comparisonParts(card.front)?.row;
    return row === undefined ? null : `row:${row}`;
  }
  return null;
}

/**
 * Whether two cards explain the same term: two definitions of it, a definition and a comparison
 * side, or two cells of one table column ("KPO — services?", "KPO — staff?"). What one says of
 * the term may be true of it in the other's question too, so neither is the other's distractor.
 *
 * @example
 * sameTerm(kpoServicesRow, kpoStaffRow); // true
 * sameTerm(kpoServicesRow, bpoServicesRow); // false: the other side of the row
 */
export function sameTerm(
  a: QuizCard,
  b: QuizCard,
  profiles: AnswerProfiles = new AnswerProfiles(),
): boolean {
  const termA = termOf(a);
  const termB = termOf(b);
  if (termA === null || termB === null) return false;
  return profiles.of(termA, a.lang).key === profiles.of(termB, b.lang).key;
}

/**
 * Whether two cards ask about the same subject: the same list, the same table row, or the same
 * term (a definition and a comparison side or a question about it, or two definitions). Two
 * sided cards (comparison rows, questions "X — …?") of one side ask different things. Terms compare by answer key (case, accents and
 * punctuation ignored).
 *
 * @example
 * sameSubject(kpoDefinition, kpoMeansRow);      // true: both about the term KPO
 * sameSubject(bpoServicesRow, kpoServicesRow);  // true: one table row
 * sameSubject(kpoServicesRow, kpoProcessRow);   // false
 */
export function sameSubject(
  a: QuizCard,
  b: QuizCard,
  profiles: AnswerProfiles = new AnswerProfiles(),
): boolean {
  const groupA = groupOf(a);
  if (groupA !== null && a.kind === b.kind && groupA === groupOf(b)) return true;
  if (isSided(a) && isSided(b)) return false;
  return sameTerm(a, b, profiles);
}
