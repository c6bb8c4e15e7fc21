import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { promptSummary } from '../../../src/domain/quiz/question-faces.ts';
import type { MultipleChoiceQuestion } from '../../../src/domain/quiz/quiz-types.ts';
import { quizSeed } from '../../../src/features/quiz/quiz-seed.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { bundledDecks } from '../../helpers/bundled-decks.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { expectQuestion, expectScore, shownQuestion } from './quiz-test-helpers.ts';

// Whole quizzes are taken here, each answer written to (fake) IndexedDB: allow for a busy machine.
configure({ asyncUtilTimeout: 5000 });
const TIMEOUT = { timeout: 30_000 };

const realNow = clock.now;
const realSeed = quizSeed.next;
let now = FIXED_NOW;

beforeEach(async () => {
  now = FIXED_NOW;
  clock.now = () => now;
  quizSeed.next = () => 42;
  await resetDatabaseForTests();
  await syncDecks(
    db,
    [
      ...bundledDecks.filter((deck) => deck.id === 'bpo-vs-kpo-sk' || deck.id === 'bpo-tr'),
      makeDeck('tiny', 3),
    ],
    FIXED_NOW,
  );
});
afterEach(() => {
  clock.now = realNow;
  quizSeed.next = realSeed;
});

/** The setup form; the first render waits for the lazily loaded quiz screens. */
function findSetupForm() {
  return screen.findByRole('form', { name: 'New quiz' }, { timeout: 10_000 });
}

/** Renders the app at a quiz address and waits for the setup form. */
async function renderQuiz(path: string) {
  renderApp(path);
  await findSetupForm();
}

/** Sets up the quiz on the open page with only `types` and `count` questions, and starts it. */
async function startQuiz(user: ReturnType<typeof userEvent.setup>, types: string[], count: number) {
  const form = await findSetupForm();
  const count_ = within(form).getByRole('spinbutton', { name: /Number of questions/ });
  await user.clear(count_);
  await user.type(count_, String(count));
  for (const type of ['Multiple choice', 'True or false', 'Typed answer', 'Matching']) {
    const box = within(form).getByRole('checkbox', { name: type });
    if ((box as HTMLInputElement).checked !== types.includes(type)) await user.click(box);
  }
  await user.click(within(form).getByRole('button', { name: 'Start quiz' }));
  await expectQuestion(1, count);
}

describe('the quiz page of a deck', TIMEOUT, () => {
  it('offers 10 questions of all types from all cards, and an empty history', async () => {
    await renderQuiz('/decks/bpo-vs-kpo-sk/quiz');
    const form = screen.getByRole('form', { name: 'New quiz' });
    expect(within(form).getByRole('spinbutton', { name: /Number of questions/ })).toHaveValue(10);
    for (const type of ['Multiple choice', 'True or false', 'Typed answer', 'Matching']) {
      expect(within(form).getByRole('checkbox', { name: type })).toBeChecked();
    }
    expect(within(form).getByRole('radio', { name: 'All cards' })).toBeChecked();
    expect(await screen.findByText('No quizzes yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Quiz: Rozdiel medzi BPO a KPO',
    );
  });

  it('refuses a question count out of range, naming the range', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/bpo-vs-kpo-sk/quiz');
    const count = await screen.findByRole('spinbutton', { name: /Number of questions/ });
    await user.clear(count);
    await user.type(count, '0');
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 1 to 50.');
    expect(screen.queryByText(/^Question 1 of/)).toBeNull();
  });

  it('takes a multiple-choice quiz with keys 1–4 and Enter, then shows and stores the results', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/bpo-vs-kpo-sk/quiz');
    await startQuiz(user, ['Multiple choice'], 3);
    const asked: MultipleChoiceQuestion[] = [];
    for (const [index, right] of [true, false, true].entries()) {
      await expectQuestion(index + 1, 3);
      const question = shownQuestion() as MultipleChoiceQuestion;
      asked.push(question);
      expect(screen.getByTestId('quiz-prompt')).toHaveTextContent(
        question.prompt.split('\n')[0] ?? '',
      );
      expect(screen.getByTestId('quiz-prompt')).toHaveAttribute('lang', 'sk');
      const choice = right ? question.correctIndex : (question.correctIndex + 1) % 4;
      now = minutesAfter(now, 1);
      await user.keyboard(String(choice + 1));
      expect(await screen.findByText(right ? 'Right!' : 'Not right.')).toBeInTheDocument();
      expect(screen.getByTestId('quiz-correct-answer')).toHaveTextContent(
        question.options[question.correctIndex] ?? '',
      );
      await user.keyboard('{Enter}');
    }
    await expectScore('2/3');
    expect(screen.getByText('Time: 3:00')).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Questions and answers' })).getAllByRole(
      'row',
    );
    expect(rows).toHaveLength(4);
    const missed = asked[1] as MultipleChoiceQuestion;
    expect(
      within(rows[2] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '2',
      promptSummary(missed.prompt).replace(/\n/g, ''),
      missed.options[(missed.correctIndex + 1) % 4],
      missed.options[missed.correctIndex],
      '0%',
    ]);
    expect(await db.quizzes.count()).toBe(1);
    expect(await db.quizAnswers.count()).toBe(3);
    // Quiz answers leave the schedule alone by default.
    expect(await db.reviewLog.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'New quiz' }));
    const history = await screen.findByRole('region', { name: 'Quiz history' });
    expect(within(history).getByTestId('quiz-history-row')).toHaveTextContent('2/3');
    expect(within(history).getByRole('img')).toHaveAccessibleName(
      'Score over time, oldest first: 67%',
    );
  });

  it('answers true/false with 1 (true) and 2 (false)', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/bpo-vs-kpo-sk/quiz');
    await startQuiz(user, ['True or false'], 2);
    for (const number of [1, 2]) {
      await expectQuestion(number, 2);
      const question = shownQuestion();
      if (question.type !== 'true-false') throw new Error('expected a true/false question');
      await user.keyboard(question.isTrue ? '1' : '2');
      expect(await screen.findByText('Right!')).toBeInTheDocument();
      expect(
        screen.getByText(`The statement was ${question.isTrue ? 'True' : 'False'}.`, {
          exact: false,
        }),
      ).toBeInTheDocument();
      await user.keyboard('{Enter}');
    }
    await expectScore('2/2');
    // The results give both answers as True/False, the statement apart from the question.
    const table = screen.getByRole('table', { name: 'Questions and answers' });
    for (const row of within(table).getAllByTestId('quiz-result-row')) {
      const cells = within(row).getAllByRole('cell');
      expect(cells[1]?.textContent).toMatch(/Statement: /);
      expect(cells[2]?.textContent).toMatch(/^(True|False)$/);
      expect(cells[3]?.textContent).toBe(cells[2]?.textContent);
      expect(cells[4]).toHaveTextContent('100%');
    }
  });

  it('checks typed Turkish answers with Turkish case rules, and shows what differed', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/bpo-tr/quiz');
    await startQuiz(user, ['Typed answer'], 2);
    const first = shownQuestion();
    if (first.type !== 'typed') throw new Error('expected a typed question');
    const field = screen.getByRole('textbox', { name: 'Your answer' });
    expect(field).toHaveFocus();
    await user.type(field, `${first.answer.toLocaleUpperCase('tr')}{Enter}`);
    expect(await screen.findByText('Right!')).toBeInTheDocument();
    await user.keyboard('{Enter}');

    await expectQuestion(2, 2);
    const second = shownQuestion();
    if (second.type !== 'typed') throw new Error('expected a typed question');
    // One letter left out of a word of the answer: close, with the missing letter marked.
    const typo = second.answer.replace(/(\p{L})(\p{L})(\p{L}+)$/u, '$1$3');
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), `${typo}{Enter}`);
    const verdict = await screen.findByText(/^Almost|^Not right/);
    expect(verdict).toBeInTheDocument();
    expect(screen.getByTestId('quiz-diff').querySelector('ins')).not.toBeNull();
    await user.keyboard('{Enter}');
    await expectScore('1/2');
  });

  it('matches pairs by keyboard (item number, then answer letter) and by pointer', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/bpo-vs-kpo-sk/quiz');
    await startQuiz(user, ['Matching'], 2);
    const first = shownQuestion();
    if (first.type !== 'matching') throw new Error('expected a matching question');
    const check = screen.getByRole('button', { name: /^Check/ });
    for (const [index] of first.items.entries()) {
      expect(check).toBeDisabled();
      const letter = 'ABCDEF'[first.answerOrder.indexOf(index)] ?? '';
      await user.keyboard(`${index + 1}${letter.toLowerCase()}`);
    }
    // Named by its text (its key is the shortcut, not part of the name) and its pair.
    expect(
      within(screen.getByRole('list', { name: 'Items' })).getAllByRole('button')[0],
    ).toHaveAccessibleName(
      `${String(first.items[0]?.prompt)} matched with ${String('ABCDEF'[first.answerOrder.indexOf(0)])}`,
    );
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Right!')).toBeInTheDocument();
    await user.keyboard('{Enter}');

    await expectQuestion(2, 2);
    const second = shownQuestion();
    if (second.type !== 'matching') throw new Error('expected a matching question');
    const items = within(screen.getByRole('list', { name: 'Items' })).getAllByRole('button');
    const answers = within(screen.getByRole('list', { name: 'Answers' })).getAllByRole('button');
    // Pointer: answer first, then item, for all but the first two items, which get swapped.
    for (const [index] of second.items.entries()) {
      const target = index < 2 ? 1 - index : index;
      await user.click(answers[second.answerOrder.indexOf(target)] as HTMLElement);
      await user.click(items[index] as HTMLElement);
    }
    await user.click(screen.getByRole('button', { name: /^Check/ }));
    expect(await screen.findByText('Not right.')).toBeInTheDocument();
    const size = second.items.length;
    expect(screen.getByText(`${size - 2} of ${size} pairs right.`)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    // Partial credit: the second set scores its share of right pairs.
    const total = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(
      1 + (size - 2) / size,
    );
    await expectScore(`${total}/2`);
    const rows = screen.getAllByTestId('quiz-result-row');
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[4]).toHaveTextContent(
      `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(((size - 2) / size) * 100)}%`,
    );
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(second.items.slice(0, 2).map((item) => `${item.prompt} → ${item.answer}`));
  });

  it('puts the missed cards first in today’s study', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/bpo-vs-kpo-sk/quiz');
    await startQuiz(user, ['Multiple choice'], 2);
    let missedPrompt = '';
    for (const number of [1, 2]) {
      await expectQuestion(number, 2);
      const question = shownQuestion() as MultipleChoiceQuestion;
      if (number === 2) missedPrompt = question.prompt;
      await user.keyboard(
        String(number === 2 ? ((question.correctIndex + 1) % 4) + 1 : question.correctIndex + 1),
      );
      await screen.findByRole('button', { name: /^(Next|See the results)/ });
      await user.keyboard('{Enter}');
    }
    await expectScore('1/2');
    expect(screen.getByRole('button', { name: 'Retake the missed card' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Study the missed cards' }));
    expect(await screen.findByText('1 card comes first in today’s study.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Study “Rozdiel medzi BPO a KPO” now' }));
    await waitFor(() => {
      expect(screen.getByTestId('card-front')).toHaveTextContent(missedPrompt.split('\n')[0] ?? '');
    });
  });

  it('counts a near miss as right when asked, and the results and history say so', async () => {
    const user = userEvent.setup();
    // The tiny deck's answers ("Answer 2") are long enough for a typo, whatever the seed.
    await renderQuiz('/decks/tiny/quiz');
    await startQuiz(user, ['Typed answer'], 1);
    const question = shownQuestion();
    if (question.type !== 'typed') throw new Error('expected a typed question');
    const typo = question.answer.replace('n', '');
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), `${typo}{Enter}`);
    expect(await screen.findByText('Almost: check what differed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Count as right' }));
    expect(await screen.findByText('Counted as right.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Count as right' })).toBeNull();
    await user.keyboard('{Enter}');
    await expectScore('1/1');
    const [row] = screen.getAllByTestId('quiz-result-row');
    expect(row).toHaveTextContent('(counted as right)');
    expect(within(row as HTMLElement).getAllByRole('cell')[4]).toHaveTextContent('100%');
    const [stored] = await db.quizAnswers.toArray();
    expect(stored).toMatchObject({ verdict: 'correct', score: 1, overridden: true });
    expect(screen.queryByRole('button', { name: /^Retake/ })).toBeNull();
  });

  it('gives a plain "wrong" without a diff for a trivial typed answer', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/bpo-vs-kpo-sk/quiz');
    await startQuiz(user, ['Typed answer'], 1);
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'x{Enter}');
    expect(await screen.findByText('Not right.')).toBeInTheDocument();
    expect(screen.queryByTestId('quiz-diff')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Count as right' })).toBeNull();
  });

  it('retakes only the missed questions', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/bpo-vs-kpo-sk/quiz');
    await startQuiz(user, ['Multiple choice'], 3);
    const missed: string[] = [];
    for (const number of [1, 2, 3]) {
      await expectQuestion(number, 3);
      const question = shownQuestion() as MultipleChoiceQuestion;
      const right = number === 2;
      if (!right) missed.push(question.cardId);
      const choice = right ? question.correctIndex : (question.correctIndex + 1) % 4;
      await user.keyboard(String(choice + 1));
      await screen.findByRole('button', { name: /^(Next|See the results)/ });
      await user.keyboard('{Enter}');
    }
    await expectScore('1/3');
    await user.click(screen.getByRole('button', { name: 'Retake the 2 missed cards' }));
    const asked: string[] = [];
    for (const number of [1, 2]) {
      await expectQuestion(number, 2);
      const question = shownQuestion();
      if (question.type !== 'multiple-choice') throw new Error('expected multiple choice');
      asked.push(question.cardId);
      await user.keyboard(String(question.correctIndex + 1));
      await screen.findByRole('button', { name: /^(Next|See the results)/ });
      await user.keyboard('{Enter}');
    }
    await expectScore('2/2');
    expect(asked.sort()).toEqual(missed.sort());
  });

  it('falls back with a message when the deck is too small for a type', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/tiny/quiz');
    await startQuiz(user, ['Matching'], 2);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Too few suitable cards for “Matching”: 0 of 2 such questions could be made; the others are of other types.',
    );
    expect(shownQuestion().type).not.toBe('matching');
  });

  it('says so when no question can be made from the chosen cards', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/tiny/quiz');
    await user.click(await screen.findByRole('radio', { name: 'Studied cards only' }));
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(
      await screen.findByText(/^No question can be made from these cards\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'New quiz' })).toBeInTheDocument();
  });

  it('saves the accent option and then accepts Slovak answers typed without diacritics', async () => {
    const user = userEvent.setup();
    await renderQuiz('/decks/bpo-vs-kpo-sk/quiz');
    const option = await screen.findByRole('checkbox', { name: /Ignore accents/ });
    expect(option).not.toBeChecked();
    await user.click(option);
    await waitFor(() => {
      expect(option).toBeChecked();
    });
    await startQuiz(user, ['Typed answer'], 1);
    const question = shownQuestion();
    if (question.type !== 'typed') throw new Error('expected a typed question');
    const bare = question.answer.normalize('NFD').replace(/\p{M}/gu, '');
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), `${bare}{Enter}`);
    expect(await screen.findByText('Right!')).toBeInTheDocument();
  });
});

describe('a quiz across decks', TIMEOUT, () => {
  it('asks about the chosen decks and lists the quiz under recent quizzes', async () => {
    const user = userEvent.setup();
    await renderQuiz('/quiz');
    // Every deck with cards starts chosen.
    for (const name of ['Rozdiel medzi BPO a KPO', 'İş Süreci Dış Kaynak Kullanımı (BPO)']) {
      expect(await screen.findByRole('checkbox', { name })).toBeChecked();
    }
    await user.click(screen.getByRole('checkbox', { name: 'Deck tiny' }));
    expect(screen.getByRole('checkbox', { name: 'Deck tiny' })).not.toBeChecked();
    await startQuiz(user, ['True or false'], 10);
    const decks = new Set<string>();
    for (let number = 1; number <= 10; number += 1) {
      await expectQuestion(number, 10);
      const question = shownQuestion();
      decks.add(question.deckId);
      await user.keyboard('1');
      await screen.findByRole('button', { name: /^(Next|See the results)/ });
      await user.keyboard('{Enter}');
    }
    await waitFor(() => {
      expect(screen.getByTestId('quiz-score')).toHaveTextContent(/\/10$/);
    });
    expect([...decks].sort()).toEqual(['bpo-tr', 'bpo-vs-kpo-sk']);
    await user.click(screen.getByRole('button', { name: 'New quiz' }));
    const recent = await screen.findByRole('region', { name: 'Recent quizzes' });
    expect(within(recent).getAllByRole('row')[1]).toHaveTextContent(
      'İş Süreci Dış Kaynak Kullanımı (BPO), Rozdiel medzi BPO a KPO',
    );
  });

  it('leaves out a deck without cards, and asks to choose a deck when none is', async () => {
    const user = userEvent.setup();
    await syncDecks(db, [makeDeck('empty', 0)], FIXED_NOW);
    await renderQuiz('/quiz');
    expect(await screen.findByRole('checkbox', { name: 'Deck empty' })).not.toBeChecked();
    for (const box of screen.getAllByRole('checkbox', { checked: true })) {
      if (box.closest('fieldset')?.querySelector('legend')?.textContent === 'Decks') {
        await user.click(box);
      }
    }
    await user.click(await screen.findByRole('button', { name: 'Start quiz' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one deck.');
  });
});
