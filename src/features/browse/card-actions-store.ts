import { create } from 'zustand';
import { db } from '../../storage/database.ts';
import {
  applyCardAction,
  restoreCards,
  type CardAction,
  type CardsSnapshot,
} from '../../storage/card-actions.ts';

/** How many card actions can be undone, as many as answers in a study session. */
const UNDO_DEPTH = 30;

/** The message key of an action: suspending and unsuspending read differently. */
export type ActionName = CardAction['type'] | 'unsuspend' | 'unbury';

function nameOf(action: CardAction): ActionName {
  if (action.type === 'suspend') return action.suspended ? 'suspend' : 'unsuspend';
  if (action.type === 'bury') return action.until === null ? 'unbury' : 'bury';
  return action.type;
}

interface DoneAction {
  readonly name: ActionName;
  /** The cards the action changed. */
  readonly count: number;
  readonly snapshot: CardsSnapshot;
}

/** What the last action or undo did, for the status line. */
export type CardActionNotice =
  | { readonly kind: 'done' | 'undone'; readonly name: ActionName; readonly count: number }
  | { readonly kind: 'conflict' };

interface CardActionsState {
  /** Done actions, the last one last; Ctrl+Z takes back the last. */
  done: readonly DoneAction[];
  notice: CardActionNotice | null;
  busy: boolean;
  run: (cardIds: readonly string[], action: CardAction, now: Date) => Promise<void>;
  undo: (now: Date) => Promise<void>;
}

/**
 * The card browser's and card page's actions with their undo: each action is one transaction in
 * storage, and its snapshot is kept here (in memory, for this tab) so Ctrl+Z can put the cards
 * and their history back.
 */
export const useCardActions = create<CardActionsState>()((set, get) => ({
  done: [],
  notice: null,
  busy: false,
  run: async (cardIds, action, now) => {
    set({ busy: true });
    try {
      const snapshot = await applyCardAction(db, cardIds, action, now);
      const count = snapshot.cards.length;
      const name = nameOf(action);
      set({
        done: [...get().done, { name, count, snapshot }].slice(-UNDO_DEPTH),
        notice: { kind: 'done', name, count },
      });
    } finally {
      set({ busy: false });
    }
  },
  undo: async (now) => {
    const last = get().done.at(-1);
    if (last === undefined || get().busy) return;
    set({ busy: true });
    try {
      const result = await restoreCards(db, last.snapshot, now);
      set({
        done: get().done.slice(0, -1),
        notice:
          result === 'restored'
            ? { kind: 'undone', name: last.name, count: last.count }
            : { kind: 'conflict' },
      });
    } finally {
      set({ busy: false });
    }
  },
}));
