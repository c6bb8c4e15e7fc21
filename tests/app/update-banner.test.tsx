import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { OFFLINE_NOTICE_MS, UpdateBanner } from '../../src/app/update-banner.tsx';

/** A stand-in for vite-plugin-pwa's hook whose events the test fires. */
function fakeRegistration(initial: { needRefresh?: boolean; offlineReady?: boolean }) {
  const control = {
    options: undefined as RegisterSWOptions | undefined,
    updateServiceWorker: vi.fn(() => Promise.resolve()),
  };
  function useRegister(options?: RegisterSWOptions) {
    control.options = options;
    const needRefresh = useState(initial.needRefresh ?? false);
    const offlineReady = useState(initial.offlineReady ?? false);
    return { needRefresh, offlineReady, updateServiceWorker: control.updateServiceWorker };
  }
  return { control, useRegister };
}

function renderBanner(registration: ReturnType<typeof fakeRegistration>, reload: () => void) {
  render(<UpdateBanner useRegister={registration.useRegister} reload={reload} />);
}

describe('update banner', () => {
  it('offers a waiting version and reloads only when the learner asks', async () => {
    const registration = fakeRegistration({ needRefresh: true });
    const reload = vi.fn();
    const user = userEvent.setup();
    renderBanner(registration, reload);
    expect(screen.getByRole('status')).toHaveTextContent(/^A new version of Deckwright is ready/);
    expect(registration.control.updateServiceWorker).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(registration.control.updateServiceWorker).toHaveBeenCalledWith(true);
    expect(reload).not.toHaveBeenCalled();
    // The new worker takes control: this tab asked for it, so it reloads now.
    act(() => registration.control.options?.onNeedReload?.());
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads a tab that did not ask, e.g. one in the middle of a review', async () => {
    const registration = fakeRegistration({ needRefresh: true });
    const reload = vi.fn();
    const user = userEvent.setup();
    renderBanner(registration, reload);
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();

    // Another tab accepted the update and the new worker took control of this one too.
    act(() => registration.control.options?.onNeedReload?.());
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Deckwright was updated in another tab\. Reload this tab when it suits you/,
    );
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says once that the app works offline', async () => {
    const user = userEvent.setup();
    renderBanner(fakeRegistration({ offlineReady: true }), vi.fn());
    expect(screen.getByRole('status')).toHaveTextContent('Deckwright is ready to work offline.');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lets the offline notice go by itself, in the flow of the page', () => {
    vi.useFakeTimers();
    try {
      renderBanner(fakeRegistration({ offlineReady: true }), vi.fn());
      expect(screen.getByRole('status')).toHaveClass('update-prompt--notice');
      act(() => {
        vi.advanceTimersByTime(OFFLINE_NOTICE_MS - 1);
      });
      expect(screen.getByRole('status')).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(1);
      });
      expect(screen.queryByRole('status')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
