import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useImportStore } from '../../../src/features/import/import-store.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';

const notes = readFileSync(join(import.meta.dirname, 'cloud-notes.md'));

beforeEach(async () => {
  await resetDatabaseForTests();
  useImportStore.setState({ items: [] });
  await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
});

function file(name: string, content: string | Uint8Array<ArrayBuffer>, type = '') {
  return new File([content], name, { type });
}

/** The preview: generation loads the whole generator the first time, slow on a busy machine. */
function findPreview() {
  return screen.findByRole('region', { name: 'Check the new deck' }, { timeout: 10_000 });
}

async function upload(...files: File[]) {
  const app = renderApp('/');
  await screen.findByRole('button', { name: 'Add a document' });
  // The picker only suggests the accepted types: a learner can switch it to all files.
  const user = userEvent.setup({ applyAccept: false });
  await user.upload(screen.getByTestId('document-input'), files);
  return app;
}

describe('adding a document', { timeout: 30_000 }, () => {
  it('previews the cards by kind, and stores only the ticked ones, with the edits', async () => {
    const app = await upload(file('cloud-notes.md', notes, 'text/markdown'));
    const preview = await findPreview();
    expect(within(preview).getByText('From cloud-notes.md')).toBeInTheDocument();
    expect(within(preview).getByText('3 repeated cards were merged into others.')).toBeVisible();
    expect(
      within(preview)
        .getAllByRole('group')
        .map((group) => group.querySelector('legend')?.textContent),
    ).toEqual(['Definition (1)', 'FAQ (2)', 'List (3)']);
    expect(within(preview).getByLabelText('Deck title')).toHaveValue('Cloud basics');
    expect(within(preview).getByLabelText('Language')).toHaveValue('en');
    expect(await db.decks.count()).toBe(1);

    await userEvent.click(
      within(preview).getByRole('checkbox', { name: 'Include “What is SaaS?”' }),
    );
    await userEvent.click(within(preview).getByRole('button', { name: 'Edit “What is IaaS?”' }));
    const back = within(preview).getByLabelText('Back');
    await userEvent.clear(back);
    await userEvent.type(back, 'Rented infrastructure.');
    await userEvent.click(within(preview).getByRole('button', { name: 'Done' }));
    await userEvent.clear(within(preview).getByLabelText('Deck title'));
    await userEvent.type(within(preview).getByLabelText('Deck title'), 'My cloud');
    expect(within(preview).getByText('5 of 6 cards will be added.')).toBeVisible();
    await userEvent.click(within(preview).getByRole('button', { name: 'Add deck' }));

    // Saving loads the storage code and the deck page's chunk first: slow on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My cloud' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(app.pathname()).toBe('/decks/cloud-notes');
    const cards = await db.cards.where('deckId').equals('cloud-notes').toArray();
    expect(cards.map((card) => card.front)).not.toContain('What is SaaS?');
    expect(cards).toHaveLength(5);
    expect(cards.filter((card) => card.edited).map((card) => card.back)).toEqual([
      'Rented infrastructure.',
    ]);
    expect((await db.deckSources.get('cloud-notes'))?.text).toBe(notes.toString('utf8'));
  });

  it('names each refused file of a batch and still previews the good one', async () => {
    await upload(
      file('empty.md', ''),
      file('blank.txt', ' \n\n '),
      file('photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])),
      file('paper.pdf', '%PDF-1.7\n...'),
      file('letter.docx', 'PK\u0003\u0004...'),
      file('prose.txt', 'Just a paragraph of prose.\n\nAnd another one.\n'),
      file('cloud-notes.md', notes),
    );
    await findPreview();
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      expect.stringContaining('empty.md is empty.'),
      expect.stringContaining('blank.txt holds only blank space, no text.'),
      expect.stringContaining('photo.md is not a text document (it holds binary data).'),
      expect.stringContaining('paper.pdf is a PDF: convert it to text or HTML first.'),
      expect.stringContaining('letter.docx is a Word (or similar) document'),
      expect.stringContaining('prose.txt: nothing to learn found'),
    ]);
    expect(await db.decks.count()).toBe(1);
  });

  it('makes cards from an HTML page’s article only', async () => {
    const page = `<html><head><title>Networks</title><script>alert(1)</script></head><body>
      <nav><ul><li>Home</li><li>Shop</li></ul></nav>
      <article><h1>Networks</h1><h2>FAQ</h2><h3>What does LAN stand for?</h3><p>Local area network.</p>
      <h3>What does WAN stand for?</h3><p>Wide area network.</p></article>
      <footer><h2>FAQ</h2><h3>Who are we?</h3><p>A shop.</p></footer></body></html>`;
    await upload(file('networks.html', page, 'text/html'));
    const preview = await findPreview();
    expect(
      within(preview)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('aria-label')),
    ).toEqual(['Include “What does LAN stand for?”', 'Include “What does WAN stand for?”']);
  });

  it('lists what it found but did not turn into cards, with the reason', async () => {
    const text = [
      '# Networks',
      '## History',
      'Networks began in the 1960s.',
      '## FAQ',
      '### What is a LAN?',
      'A network in one building.',
    ].join('\n\n');
    await upload(file('networks.md', text));
    const preview = await findPreview();
    const summary = within(preview).getByText('Found but not turned into cards (1)');
    await userEvent.click(summary);
    const details = summary.closest('details');
    expect(details && within(details).getByRole('listitem')).toHaveTextContent(
      '“History” (lines 3–6): only prose — no definition, highlight, FAQ, list or comparison table.',
    );
  });

  it('lists the first 50 sections that gave no cards until asked for all', async () => {
    const prose = Array.from(
      { length: 60 },
      (_, index) =>
        `## Era ${String(index + 1)}\n\nNothing happened in era ${String(index + 1)}.\n`,
    );
    const text = `# Eras\n\n${prose.join('\n')}\n## FAQ\n\n### What is an era?\n\nA span of time.\n`;
    await upload(file('eras.md', text));
    const preview = await findPreview();
    const summary = within(preview).getByText('Found but not turned into cards (60)');
    await userEvent.click(summary);
    const details = summary.closest('details') as HTMLElement;
    expect(within(details).getAllByRole('listitem')).toHaveLength(50);
    await userEvent.click(within(details).getByRole('button', { name: 'Show all 60' }));
    expect(within(details).getAllByRole('listitem')).toHaveLength(60);
    expect(within(details).getAllByRole('listitem').at(-1)).toHaveTextContent('“Era 60”');
  });

  it('says when a page is only navigation', async () => {
    await upload(file('menu.html', '<body><nav><a>Home</a></nav><footer>©</footer></body>'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'menu.html has only navigation (menus, header, footer), no article to make cards from.',
    );
  });

  it('still shows what became of a document after another screen and back', async () => {
    const refusal =
      'menu.html has only navigation (menus, header, footer), no article to make cards from.';
    await upload(file('menu.html', '<body><nav><a>Home</a></nav><footer>©</footer></body>'));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    await userEvent.click(screen.getByRole('link', { name: 'Settings' }));
    await waitFor(() => {
      expect(screen.queryByRole('button', { name: 'Add a document' })).toBeNull();
    });
    await userEvent.click(screen.getByRole('link', { name: 'Decks' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
  });

  it('says when a file was read as Windows-1252', async () => {
    const latin = new Uint8Array(
      Buffer.from(notes.toString('utf8').replace('internet', 'café'), 'latin1'),
    );
    await upload(file('cloud-notes.md', latin));
    const preview = await findPreview();
    expect(within(preview).getByRole('note')).toHaveTextContent('read as Windows-1252');
    expect(within(preview).getByText(/software over the café\.$/)).toBeVisible();
  });

  it('shows a long document’s first 50 cards of a kind until asked for all', async () => {
    const questions = Array.from(
      { length: 70 },
      (_, index) =>
        `### What is term ${String(index + 1)}?\n\nAnswer number ${String(index + 1)}.\n`,
    );
    await upload(file('long.md', `# Long\n\n## FAQ\n\n${questions.join('\n')}`));
    const preview = await findPreview();
    expect(within(preview).getAllByRole('checkbox')).toHaveLength(50);
    expect(within(preview).getByText('70 of 70 cards will be added.')).toBeVisible();
    await userEvent.click(within(preview).getByRole('button', { name: 'Show all 70' }));
    expect(within(preview).getAllByRole('checkbox')).toHaveLength(70);
  });

  it('makes a deck of pasted text under its title', async () => {
    renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Paste text' }));
    await userEvent.type(await screen.findByLabelText('Title'), 'Pasted cloud');
    await userEvent.click(screen.getByLabelText('Text'));
    await userEvent.paste(notes.toString('utf8'));
    await userEvent.click(screen.getByRole('button', { name: 'Make cards' }));
    const preview = await findPreview();
    // The form and its button are gone: the preview's heading has the focus, for screen readers.
    await waitFor(() => {
      expect(within(preview).getByRole('heading', { name: 'Check the new deck' })).toHaveFocus();
    });
    expect(within(preview).getByLabelText('Deck title')).toHaveValue('Pasted cloud');
    await userEvent.click(within(preview).getByRole('button', { name: 'Add deck' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pasted cloud' })).toBeVisible();
    expect(await db.cards.where('deckId').equals('pasted-cloud').count()).toBe(6);
  });

  it('never replaces a deck with the same id: the new one gets its own', async () => {
    await syncDecks(db, [makeDeck('cloud-notes', 1)], FIXED_NOW);
    await upload(file('cloud-notes.md', notes));
    await findPreview();
    await userEvent.click(screen.getByRole('button', { name: 'Add deck' }));
    await screen.findByRole('heading', { level: 1, name: 'Cloud basics' });
    expect(await db.cards.where('deckId').equals('cloud-notes').count()).toBe(1);
    expect(await db.cards.where('deckId').equals('cloud-notes-2').count()).toBe(6);
  });
});
