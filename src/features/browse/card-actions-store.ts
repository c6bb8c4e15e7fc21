import { create } from 'zustand';
import { tabOrigin } from '../../config/tab-origin.ts';
import { db } from '../../storage/database.ts';
import { runCardAction, undoCardAction, type CardAction } from '../../storage/card-actions.ts';

/** The message key of an action: suspending and unsuspending read differently. */
export type ActionName = CardAction['type'] | 'unsuspend' | 'unbury';

function nameOf(action: CardAction): ActionName {
  if (action.type === 'suspend') return action.suspended ? 'suspend' : 'unsuspend';
  if (action.type === 'bury') return action.until === null ? 'unbury' : 'bury';
  return action.type;
}

const NAMES: ReadonlySet<string> = new Set<ActionName>([
  'suspend',
  'unsuspend',
  'bury',
  'unbury',
  'forget',
  'reschedule',
  'move',
  'delete',
]);

function isActionName(name: string): name is ActionName {
  return NAMES.has(name);
}

/** What the last action or undo did, for the status line. */
export type CardActionNotice =
  | { readonly kind: 'done' | 'undone'; readonly name: ActionName; readonly count: number }
  | { readonly kind: 'conflict' };

interface CardActionsState {
  notice: CardActionNotice | null;
  busy: boolean;
  run: (cardIds: readonly string[], action: CardAction, now: Date) => Promise<void>;
  undo: (now: Date) => Promise<void>;
}

/**
 * The card browser's and card page's actions with their undo: each action is one transaction in
 * storage that also keeps its undo step for this tab (in IndexedDB, so Ctrl+Z still takes it
 * back after a reload); this store holds only the status line and the busy flag.
 */
export const useCardActions = create<CardActionsState>()((set, get) => ({
  notice: null,
  busy: false,
  run: async (cardIds, action, now) => {
    set({ busy: true });
    try {
      const name = nameOf(action);
      const count = await runCardAction(
        db,
        cardIds,
        action,
        { origin: await tabOrigin, name },
        now,
      );
      set({ notice: { kind: 'done', name, count } });
    } finally {
      set({ busy: false });
    }
  },
  undo: async (now) => {
    if (get().busy) return;
    set({ busy: true });
    try {
      const result = await undoCardAction(db, await tabOrigin, now);
      if (result.status === 'nothing') return;
      set({
        notice:
          result.status === 'restored' && isActionName(result.name)
            ? { kind: 'undone', name: result.name, count: result.count }
            : { kind: 'conflict' },
      });
    } finally {
      set({ busy: false });
    }
  },
}));
