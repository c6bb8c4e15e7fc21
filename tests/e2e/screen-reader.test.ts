import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Deck } from '../../src/domain/deck/deck-types.ts';
import { startE2E, type E2E } from './browser.ts';
import { accessibilityTree, findAll, findOne, outline, textsOf, type AxNode } from './ax-tree.ts';

// What a screen reader is given, read from Chromium's accessibility tree (the roles, names,
// descriptions, states and languages it passes to NVDA, JAWS, VoiceOver or Orca): no screen
// reader runs here, so this checks what they would announce, not how each one speaks it.
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

const focusedIn = (tree: AxNode) =>
  findOne(tree, 'focused element', (node) => node.properties.focused === true && node !== tree);
const liveRegionIn = (tree: AxNode) =>
  findOne(tree, 'live region', (node) => node.properties.live === 'polite');

/** The tree, with the outline printed when an expectation about it fails. */
async function treeOf(page: Page, check: (tree: AxNode) => void): Promise<void> {
  const tree = await accessibilityTree(page);
  try {
    check(tree);
  } catch (error) {
    console.error(outline(tree));
    throw error;
  }
}

/** Starts a one-question quiz of `type` only, on the Slovak deck. */
async function startOneQuestion(page: Page, type: string): Promise<void> {
  await page.goto(`${e2e.baseUrl}/decks/bpo-vs-kpo-sk/quiz`);
  await page.getByRole('spinbutton', { name: /Number of questions/ }).fill('1');
  for (const other of ['Multiple choice', 'True or false', 'Typed answer', 'Matching']) {
    await page.getByRole('checkbox', { name: other, exact: true }).setChecked(other === type);
  }
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await page.getByText('Question 1 of 1').waitFor();
}

/** The question box that has the focus: "Question 1 of 1", described by `description`. */
function focusedQuestion(tree: AxNode, description: string | null | undefined): AxNode {
  const question = focusedIn(tree);
  expect([question.role, question.name, question.description]).toEqual([
    'group',
    'Question 1 of 1',
    description,
  ]);
  return question;
}

/** Opens the results: the focus moves to their heading; `check` looks at the rest. */
async function expectResults(page: Page, check: (tree: AxNode) => void = () => undefined) {
  await page.getByRole('button', { name: /^See the results/ }).click();
  await page.getByTestId('quiz-score').waitFor();
  await treeOf(page, (tree) => {
    const focused = focusedIn(tree);
    expect([focused.role, focused.name]).toEqual(['heading', 'Results']);
    check(tree);
  });
}

test('studying: the focused card reads its front in the deck language, the answer is announced, grades have their intervals', async () => {
  const { page, baseUrl } = e2e;
  const deck = JSON.parse(await readFile('decks/bpo-vs-kpo-sk.json', 'utf8')) as Deck;
  const [first, second] = deck.cards;
  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/study`);
  await page.getByTestId('card-front').waitFor();

  await treeOf(page, (tree) => {
    // The new card takes the focus: its name is the front, spoken as Slovak.
    const card = focusedIn(tree);
    expect([card.role, card.name, card.lang]).toEqual(['article', first?.front, 'sk']);
    expect(textsOf(card)[0]).toEqual({ text: first?.front, lang: 'sk' });
    // The live region is there before the answer, and empty.
    expect(textsOf(liveRegionIn(card))).toEqual([]);
    const reveal = findOne(
      card,
      'Show answer',
      (node) => node.role === 'button' && node.name.startsWith('Show answer'),
    );
    expect(reveal.lang).toBe('en');
  });

  await page.keyboard.press('Space');
  await page.getByTestId('card-back').waitFor();
  const intervals = await page.locator('.answer-buttons__interval').allTextContents();
  await treeOf(page, (tree) => {
    // What the live region holds now is what it announces: the back, in Slovak.
    expect(textsOf(liveRegionIn(tree))[0]).toEqual({ text: first?.back, lang: 'sk' });
    const grades = findOne(
      tree,
      'grade group',
      (node) => node.role === 'group' && node.name === 'How well did you remember?',
    );
    const buttons = findAll(grades, (node) => node.role === 'button');
    expect(
      buttons.map((button) => [button.name, button.lang, button.properties.keyshortcuts]),
    ).toEqual([
      [`Again, next in ${String(intervals[0])} (key 1)`, 'en', '1'],
      [`Hard, next in ${String(intervals[1])} (key 2)`, 'en', '2'],
      [`Good, next in ${String(intervals[2])} (key 3 or Space)`, 'en', '3 Space Enter'],
      [`Easy, next in ${String(intervals[3])} (key 4)`, 'en', '4'],
    ]);
    // The intervals are read in the names only: the visible copies are hidden from the tree.
    expect(textsOf(grades).map((each) => each.text)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
  });

  await page.keyboard.press('3');
  await page.getByTestId('card-back').waitFor({ state: 'detached' });
  await treeOf(page, (tree) => {
    // Answered: the next card takes the focus, which reads its front.
    const card = focusedIn(tree);
    expect([card.role, card.name, card.lang]).toEqual(['article', second?.front, 'sk']);
    expect(textsOf(liveRegionIn(card))).toEqual([]);
  });
}, 120_000);

test('a quiz question: focus reads its number and prompt, options are named buttons, the verdict is announced', async () => {
  const { page } = e2e;
  await startOneQuestion(page, 'Multiple choice');
  const prompt = page.getByTestId('quiz-prompt');
  await prompt.waitFor();
  // As read out: white space (the line breaks of a list question) collapsed.
  const promptText = (await prompt.textContent())?.replace(/\s+/g, ' ');
  const shownOptions = (await page.locator('.quiz-option').allTextContents()).map((text) =>
    text.replace(/^\d\s*/, ''),
  );
  expect(shownOptions).toHaveLength(4);

  await treeOf(page, (tree) => {
    const question = focusedQuestion(tree, promptText);
    const [first] = textsOf(question);
    expect([first?.text.replace(/\s+/g, ' '), first?.lang]).toEqual([promptText, 'sk']);
    const options = findOne(
      tree,
      'options list',
      (node) => node.role === 'list' && node.name === 'Options',
    );
    const buttons = findAll(options, (node) => node.role === 'button');
    expect(
      buttons.map((button) => [button.name, button.lang, button.properties.keyshortcuts]),
    ).toEqual(shownOptions.map((option, index) => [option, 'sk', String(index + 1)]));
    expect(textsOf(liveRegionIn(tree))).toEqual([]);
  });

  await page.keyboard.press('1');
  await page.getByRole('button', { name: /^See the results/ }).waitFor();
  const right = (await page.locator('.quiz-option--correct').textContent())?.replace(/^\d\s*/, '');
  await treeOf(page, (tree) => {
    const announced = textsOf(liveRegionIn(tree));
    const chosen = findOne(
      tree,
      'chosen option',
      (node) => String(node.properties.pressed) === 'true',
    );
    expect(chosen.name).toBe(shownOptions[0]);
    if (right === shownOptions[0]) {
      expect(announced[0]).toEqual({ text: 'Right!', lang: 'en' });
    } else {
      expect(announced.slice(0, 3)).toEqual([
        { text: 'Not right.', lang: 'en' },
        { text: 'Correct answer:', lang: 'en' },
        { text: right, lang: 'sk' },
      ]);
    }
  });
}, 120_000);

test('a true-or-false question: focus reads the prompt, the two answers are named with their keys, the verdict and the truth are announced', async () => {
  const { page } = e2e;
  await startOneQuestion(page, 'True or false');
  const promptText = (await page.getByTestId('quiz-prompt').textContent())?.replace(/\s+/g, ' ');
  const shown = await page.locator('.quiz-question__shown').textContent();
  await treeOf(page, (tree) => {
    const question = focusedQuestion(tree, promptText);
    // The answer to judge is read in the deck's language, after the question asked of it.
    const texts = textsOf(question);
    expect(texts.map((each) => each.text)).toContain('Is this the answer?');
    expect(texts).toContainEqual({ text: shown, lang: 'sk' });
    const choices = findOne(
      tree,
      'choices',
      (node) => node.role === 'group' && node.name === 'True or false',
    );
    expect(
      findAll(choices, (node) => node.role === 'button').map((button) => [
        button.name,
        button.lang,
        button.properties.keyshortcuts,
      ]),
    ).toEqual([
      ['True', 'en', '1'],
      ['False', 'en', '2'],
    ]);
    expect(textsOf(liveRegionIn(tree))).toEqual([]);
  });

  await page.keyboard.press('1');
  await page.getByRole('button', { name: /^See the results/ }).waitFor();
  const right = /True$/.test((await page.locator('.quiz-option--correct').textContent()) ?? '');
  await treeOf(page, (tree) => {
    const announced = textsOf(liveRegionIn(tree)).map((each) => each.text.trim());
    // "True" was answered: right exactly when the statement was true.
    expect(announced.slice(0, 3)).toEqual([
      right ? 'Right!' : 'Not right.',
      `The statement was ${right ? 'True' : 'False'}.`,
      'Correct answer:',
    ]);
    const chosen = findOne(tree, 'chosen', (node) => String(node.properties.pressed) === 'true');
    expect(chosen.name).toBe('True');
  });
  await expectResults(page, (tree) => {
    // The score is read as a sentence, not "1/1".
    const score = findOne(tree, 'score', (node) => node.name.endsWith('of 1 right'));
    expect(score.name).toBe(right ? '1 of 1 right' : '0 of 1 right');
  });
}, 120_000);

test('a typed question: the focused field is named and described by the prompt, the correct answer is announced in the deck language', async () => {
  const { page } = e2e;
  await startOneQuestion(page, 'Typed answer');
  const promptText = (await page.getByTestId('quiz-prompt').textContent())?.replace(/\s+/g, ' ');
  await treeOf(page, (tree) => {
    // The field takes the focus at once: what it says is all a screen reader reads.
    const field = focusedIn(tree);
    expect([field.role, field.name, field.lang]).toEqual(['textbox', 'Your answer', 'sk']);
    expect(field.description.replace(/\s+/g, ' ')).toBe(`${String(promptText)} Enter to check`);
    expect(textsOf(liveRegionIn(tree))).toEqual([]);
  });

  await page.keyboard.type('xyz');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^See the results/ }).waitFor();
  const answer = await page.getByTestId('quiz-correct-answer').textContent();
  await treeOf(page, (tree) => {
    const announced = textsOf(liveRegionIn(tree));
    expect(announced.slice(0, 3)).toEqual([
      { text: 'Not right.', lang: 'en' },
      { text: 'Correct answer:', lang: 'en' },
      { text: answer, lang: 'sk' },
    ]);
  });
  await expectResults(page, (tree) => {
    expect(findOne(tree, 'score', (node) => node.name.endsWith('of 1 right')).name).toBe(
      '0 of 1 right',
    );
  });
}, 120_000);

test('a matching question: focus reads the instructions, items and answers are named by their text with keys as shortcuts, a pair is announced as chosen', async () => {
  const { page } = e2e;
  await startOneQuestion(page, 'Matching');
  const instructions = await page.locator('.quiz-matching > p').first().textContent();
  const prompts = await page.locator('.quiz-matching__items span[lang]').allTextContents();
  const answers = await page.locator('.quiz-matching__answers span[lang]').allTextContents();
  expect(prompts.length).toBeGreaterThan(1);
  await treeOf(page, (tree) => {
    const question = focusedQuestion(tree, instructions);
    const buttonsOf = (list: string) =>
      findAll(
        findOne(tree, list, (node) => node.role === 'list' && node.name === list),
        (node) => node.role === 'button',
      ).map((button) => [button.name, button.properties.keyshortcuts]);
    expect(buttonsOf('Items')).toEqual(prompts.map((text, index) => [text, String(index + 1)]));
    expect(buttonsOf('Answers')).toEqual(answers.map((text, index) => [text, 'ABCDEF'[index]]));
    // Each item's and answer's text is read in the deck's language.
    expect(textsOf(question).filter((each) => prompts.includes(each.text))).toEqual(
      prompts.map((text) => ({ text, lang: 'sk' })),
    );
  });

  await page.keyboard.press('1');
  await treeOf(page, (tree) => {
    const chosen = findOne(
      tree,
      'chosen item',
      (node) => String(node.properties.pressed) === 'true',
    );
    expect(chosen.name).toBe(prompts[0]);
  });
  for (let index = 0; index < prompts.length; index += 1) {
    if (index > 0) await page.keyboard.press(String(index + 1));
    await page.keyboard.press('abcdef'.charAt(index));
  }
  await treeOf(page, (tree) => {
    const items = findOne(tree, 'Items', (node) => node.role === 'list' && node.name === 'Items');
    expect(findAll(items, (node) => node.role === 'button').map((button) => button.name)).toEqual(
      prompts.map((text, index) => `${text} matched with ${'ABCDEF'.charAt(index)}`),
    );
  });
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^See the results/ }).waitFor();
  const verdict = await page.locator('.quiz-feedback__verdict').textContent();
  await treeOf(page, (tree) => {
    const announced = textsOf(liveRegionIn(tree));
    expect(announced[0]).toEqual({ text: verdict, lang: 'en' });
    expect(announced).toContainEqual({ text: 'Correct pairs', lang: 'en' });
  });
  await expectResults(page);
}, 120_000);

test('a card page: its heading reads the front in the deck language, the back and the context too', async () => {
  const { page, baseUrl } = e2e;
  const deck = JSON.parse(await readFile('decks/bpo-vs-kpo-sk.json', 'utf8')) as Deck;
  const card = deck.cards.find((each) => each.context !== '');
  if (card === undefined) throw new Error('The Slovak deck has no card with a context');
  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/cards/${encodeURIComponent(card.id)}`);
  await page.getByRole('heading', { name: 'Review history' }).waitFor();
  await treeOf(page, (tree) => {
    const heading = findOne(
      tree,
      'level-1 heading',
      (node) => node.role === 'heading' && node.properties.level === 1,
    );
    expect([heading.name, heading.lang]).toEqual([card.front, 'sk']);
    const definitions = findAll(tree, (node) => node.role === 'definition').map(textsOf);
    expect(definitions).toContainEqual([{ text: card.back, lang: 'sk' }]);
    expect(definitions).toContainEqual([{ text: card.context, lang: 'sk' }]);
  });
});
