import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prepareDeck } from '../../../src/domain/import/generate-user-deck.ts';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { addUserDeck } from '../../../src/storage/user-decks.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { answerAt } from '../../helpers/study-answers.ts';

const notes = readFileSync(join(import.meta.dirname, 'cloud-notes.md'), 'utf8');

/** The notes with the SaaS answer changed, the list's last item gone and a new question. */
const notesV2 = notes
  .replace('applications delivered over the web', 'applications rented over the web')
  .replaceAll('- Access from anywhere\n', '')
  .replace('## FAQ\n', '## FAQ\n\n### What is PaaS?\n\nPlatform as a service.\n');

beforeEach(async () => {
  await resetDatabaseForTests();
  const prepared = await prepareDeck(notes, 'cloud-notes.md');
  if (!prepared.ok) throw new Error(prepared.problem);
  const { deck } = prepared;
  const withoutIaas = { ...deck, cards: deck.cards.filter((c) => c.front !== 'What is IaaS?') };
  await addUserDeck(db, withoutIaas, { fileName: 'cloud-notes.md', text: notes }, FIXED_NOW);
  const studied = deck.cards.find((card) => card.back === 'Access from anywhere');
  await answerAt(studied?.id ?? '', Rating.Good, FIXED_NOW);
});

function updateSection() {
  return screen.findByRole('region', { name: 'Update the deck' }, { timeout: 10_000 });
}

describe('updating a learner’s deck', { timeout: 30_000 }, () => {
  it('shows what a new version changes, and applies it', async () => {
    renderApp('/decks/cloud-notes');
    const section = await updateSection();
    const user = userEvent.setup();
    await user.upload(
      within(section).getByTestId('update-input'),
      new File([notesV2], 'cloud-notes-v2.md'),
    );
    const summary = await within(section).findByRole('group', {}, { timeout: 10_000 });
    expect(summary).toHaveTextContent('cloud-notes-v2.md: 2 new, 3 changed, 1 removed.');
    expect(await db.cards.where('deckId').equals('cloud-notes').count()).toBe(5);

    await user.click(within(summary).getByRole('button', { name: 'Apply' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Updated: 2 new, 3 changed, 1 removed.',
    );
    const cards = await db.cards.where('deckId').equals('cloud-notes').toArray();
    expect(cards.find((card) => card.front === 'What is SaaS?')?.back).toBe(
      'Software as a service: applications rented over the web.',
    );
    expect(cards.find((card) => card.back === 'Access from anywhere')?.suspended).toBe(true);
    expect((await db.deckSources.get('cloud-notes'))?.text).toBe(notesV2);
  });

  it('regenerates from the stored document, bringing back the card left out', async () => {
    renderApp('/decks/cloud-notes');
    const section = await updateSection();
    await userEvent.click(within(section).getByRole('button', { name: 'Regenerate' }));
    const summary = await within(section).findByRole('group', {}, { timeout: 10_000 });
    // "Changed" counts the SaaS card too: it moved down one place, as deck sync counts it.
    expect(summary).toHaveTextContent('cloud-notes.md: 1 new, 1 changed, 0 removed.');
  });

  it('names a refused file and changes nothing', async () => {
    renderApp('/decks/cloud-notes');
    const section = await updateSection();
    await userEvent.upload(within(section).getByTestId('update-input'), new File([''], 'v3.md'));
    expect(await within(section).findByRole('alert')).toHaveTextContent('v3.md is empty.');
    expect(await db.cards.where('deckId').equals('cloud-notes').count()).toBe(5);
  });

  it('is not offered for a bundled deck', async () => {
    await syncDecks(db, [makeDeck('a', 1)], FIXED_NOW);
    renderApp('/decks/a');
    await screen.findByRole('heading', { level: 1, name: 'Deck a' });
    await screen.findByRole('region', { name: 'Manage the deck' });
    expect(screen.queryByRole('region', { name: 'Update the deck' })).not.toBeInTheDocument();
  });
});
