import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  AnkiDeckOptions,
  AnkiImportSummary,
} from '../../../src/domain/anki/anki-import-plan.ts';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import { AnkiPreview } from '../../../src/features/import/anki/anki-preview.tsx';
import { useImportStore, type ImportItem } from '../../../src/features/import/import-store.ts';
import { loadScreenMessages } from '../../../src/i18n/i18n.ts';

/** A deck whose Anki preset is Anki's default: this app's defaults. */
const { newPerDay, reviewsPerDay, desiredRetention, maximumIntervalDays, learningSteps } =
  DEFAULT_DECK_OPTIONS;
const PRESET_DEFAULTS: AnkiDeckOptions = {
  newPerDay,
  reviewsPerDay,
  desiredRetention,
  maximumIntervalDays,
  learningSteps,
  relearningSteps: DEFAULT_DECK_OPTIONS.relearningSteps,
};

const SUMMARY: AnkiImportSummary = {
  decks: [
    {
      id: 'languages-danish',
      title: 'Languages › Danish',
      language: 'da',
      cards: 3,
      reviews: 7,
      options: {
        newPerDay: 15,
        reviewsPerDay: 150,
        desiredRetention: 0.85,
        maximumIntervalDays: 3650,
        learningSteps: ['1m', '10m', '1h'],
        relearningSteps: [],
      },
      fsrsParamsIgnored: false,
    },
    {
      id: 'fitted',
      title: 'Fitted',
      language: 'en',
      cards: 0,
      reviews: 0,
      options: {
        ...PRESET_DEFAULTS,
        fsrsParameters: { weights: [], fittedAt: '2026-03-15T12:00:00.000Z', reviewCount: 0 },
      },
      fsrsParamsIgnored: false,
    },
    {
      id: 'broken',
      title: 'Broken',
      language: 'en',
      cards: 0,
      reviews: 0,
      options: PRESET_DEFAULTS,
      fsrsParamsIgnored: true,
    },
  ],
  noteTypes: [
    { name: 'Basic', cloze: false, notes: 2, cards: 2 },
    { name: 'Cloze', cloze: true, notes: 1, cards: 1 },
  ],
  cards: 3,
  reviews: 7,
  newCards: 1,
  suspended: 1,
  buried: 0,
  skipped: [
    { reason: 'manualEntries', count: 2 },
    { reason: 'imageOcclusion', count: 1 },
  ],
  media: {
    images: 2,
    files: 1,
    missing: ['gone.png'],
    unused: Array.from({ length: 12 }, (_, index) => `u${String(index)}.jpg`),
  },
};

const item: Extract<ImportItem, { status: 'anki' }> = {
  id: 1,
  fileName: 'danish.apkg',
  status: 'anki',
  summary: SUMMARY,
  progress: null,
};

beforeAll(async () => {
  await Promise.all([loadScreenMessages('anki'), loadScreenMessages('import')]);
});

beforeEach(() => {
  useImportStore.setState({ items: [item] });
});

describe('AnkiPreview', () => {
  it('shows the decks, note types, counts, what is left out and the media', () => {
    render(<AnkiPreview item={item} />);
    const preview = screen.getByRole('region', { name: 'Check the Anki package' });
    const text = (value: string) => within(preview).getByText(value);
    expect(text('Cards: 3 (1 new, 1 suspended, 0 buried). Reviews: 7.')).toBeVisible();
    expect(text('Languages › Danish — cards: 3, reviews: 7')).toHaveAttribute('lang', 'da');
    expect(text('Cloze (cloze) — notes: 1, cards: 1')).toBeVisible();
    expect(
      text('Options from Anki: new cards per day 15, reviews per day 150, desired retention 85%'),
    ).toBeVisible();
    expect(
      text('Learning steps: 1m 10m 1h; relearning steps: none; maximum interval (days): 3,650'),
    ).toBeVisible();
    const fsrsNote = (title: string) =>
      within(
        within(preview)
          .getByText(new RegExp(`^${title} —`))
          .closest('li') ?? preview,
      )
        .queryAllByText(/FSRS/)
        .map((element) => element.textContent);
    expect(fsrsNote('Languages › Danish')).toEqual([]);
    expect(fsrsNote('Fitted')).toEqual([
      'FSRS parameters from Anki: this deck is scheduled with them, and its history is replayed with them and these options.',
    ]);
    expect(fsrsNote('Broken')).toEqual([
      'Anki’s FSRS parameters for this deck are not ones this app’s FSRS can use (wrong number or a value out of range): they are left out, and FSRS’s defaults are used.',
    ]);
    expect(
      text('Review-log entries that are not answers (rescheduled, due date set, forgotten): 2'),
    ).toBeVisible();
    expect(
      text('Image Occlusion cards (masks over an image, which this app cannot show): 1'),
    ).toBeVisible();
    expect(
      text(
        'Pictures stored and shown on the cards: 2. Other files stored and listed on the card: 1 (sounds in MP3, Ogg, WAV or M4A play when you start them; SVG drawings and other files are never played or shown).',
      ),
    ).toBeVisible();
    expect(
      text(
        'Files the cards name that the package does not hold (the card says the image is missing): 1 — gone.png',
      ),
    ).toBeVisible();
    expect(
      text(
        'Media files no imported card uses: 12 — u0.jpg, u1.jpg, u2.jpg, u3.jpg, u4.jpg, u5.jpg, u6.jpg, u7.jpg, u8.jpg, u9.jpg and 2 more',
      ),
    ).toBeVisible();
    expect(within(preview).getByRole('button', { name: 'Import' })).toBeEnabled();
  });

  it('shows the progress while importing, with Cancel instead of Discard', () => {
    render(<AnkiPreview item={{ ...item, progress: 0.4 }} />);
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'value',
      '0.4',
    );
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeVisible();
  });

  it('Discard forgets the package', async () => {
    render(<AnkiPreview item={item} />);
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(useImportStore.getState().items).toEqual([]);
  });
});
