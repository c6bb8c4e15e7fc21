import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { JournalNotice } from '../../src/app/journal-notice.tsx';
import { loadScreenMessages } from '../../src/i18n/i18n.ts';

const NOTHING = { written: 0, changed: 0, unreadable: 0, failed: 0 };

describe('JournalNotice', () => {
  // Its strings are the study screen's, loaded with it (app.tsx).
  beforeAll(() => loadScreenMessages('study'));

  it('says nothing when every answer left by the last page was stored', () => {
    render(<JournalNotice replay={{ ...NOTHING, written: 3 }} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says in words which answers were not stored, until dismissed', async () => {
    render(<JournalNotice replay={{ ...NOTHING, changed: 1, unreadable: 2 }} />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(
      'An answer given just before the app last closed was not saved: its card was changed elsewhere (in another tab or on another device) meanwhile.',
    );
    expect(notice).toHaveTextContent('could not be read back, so it was not saved.');
    expect(notice).not.toHaveTextContent('tried again');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
