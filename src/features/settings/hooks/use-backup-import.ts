import { useCallback, useState } from 'react';
import { clock } from '../../../config/clock.ts';
import { countBackupReviews, type Backup } from '../../../domain/backup/backup-format.ts';
import type { BackupProblem } from '../../../domain/backup/parse-backup.ts';
import {
  countStored,
  importBackup,
  parseBackupFor,
  type ImportMode,
  type StoredCounts,
} from '../../../storage/backup-import.ts';
import { db } from '../../../storage/database.ts';
import type { SnapshotRecord } from '../../../storage/db.ts';

/** Where an import came from, so its outcome is shown beside the control that started it. */
export type ImportSource = 'file' | 'snapshot';

export type ImportOutcome =
  /** `snapshot`: the collection from before, restorable (null when it was empty or too large). */
  | { kind: 'replaced'; cards: number; reviews: number; snapshot: SnapshotRecord | null }
  | { kind: 'merged'; added: number; updated: number }
  | { kind: 'restored'; date: Date };

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'checking' | 'importing'; source: ImportSource }
  | { phase: 'review'; source: 'file'; fileName: string; backup: Backup }
  /** Replace chosen: what it would delete, shown until the learner confirms or cancels. */
  | { phase: 'confirm'; source: 'file'; fileName: string; backup: Backup; stored: StoredCounts }
  | { phase: 'done'; source: ImportSource; outcome: ImportOutcome }
  | { phase: 'refused'; source: ImportSource; problem: BackupProblem }
  | { phase: 'failed'; source: ImportSource; error: unknown };

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

/**
 * Importing a backup file or restoring a snapshot: the whole file is checked first (nothing is
 * written for a refused file), then written in one transaction in the mode the learner picks.
 * Replace asks first, naming what it deletes (`askReplace`, then `apply('replace')`).
 */
export function useBackupImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const check = useCallback(async (file: File) => {
    setState({ phase: 'checking', source: 'file' });
    try {
      const result = parseBackupFor(db, await file.text(), clock.now());
      setState(
        result.ok
          ? { phase: 'review', source: 'file', fileName: file.name, backup: result.backup }
          : { phase: 'refused', source: 'file', problem: result.problem },
      );
    } catch (error) {
      setState({ phase: 'failed', source: 'file', error });
    }
  }, []);

  const askReplace = useCallback(async () => {
    if (state.phase !== 'review') return;
    const { fileName, backup } = state;
    try {
      const stored = await countStored(db);
      setState({ phase: 'confirm', source: 'file', fileName, backup, stored });
    } catch (error) {
      setState({ phase: 'failed', source: 'file', error });
    }
  }, [state]);

  const apply = useCallback(
    async (mode: ImportMode) => {
      if (state.phase !== 'review' && state.phase !== 'confirm') return;
      // Replace only once confirmed; a merge deletes nothing and needs no confirmation.
      if ((mode === 'replace') !== (state.phase === 'confirm')) return;
      setState({ phase: 'importing', source: 'file' });
      try {
        const result = await importBackup(db, state.backup, mode, clock.now());
        const outcome: ImportOutcome =
          mode === 'replace'
            ? {
                kind: 'replaced',
                cards: state.backup.counts.cards ?? 0,
                reviews: countBackupReviews(state.backup.tables),
                snapshot: result.snapshot,
              }
            : { kind: 'merged', added: sum(result.added), updated: result.updated.cards ?? 0 };
        setState({ phase: 'done', source: 'file', outcome });
      } catch (error) {
        setState({ phase: 'failed', source: 'file', error });
      }
    },
    [state],
  );

  /** Restores `snapshot`; its progress shows beside `source` (the list, or the file import). */
  const restore = useCallback(
    async (snapshot: SnapshotRecord, source: ImportSource = 'snapshot') => {
      setState({ phase: 'importing', source });
      try {
        const now = clock.now();
        const result = parseBackupFor(db, snapshot.backup, now);
        if (!result.ok) {
          setState({ phase: 'refused', source, problem: result.problem });
          return;
        }
        await importBackup(db, result.backup, 'replace', now);
        setState({
          phase: 'done',
          source,
          outcome: { kind: 'restored', date: snapshot.createdAt },
        });
      } catch (error) {
        setState({ phase: 'failed', source, error });
      }
    },
    [],
  );

  const cancel = useCallback(() => {
    setState({ phase: 'idle' });
  }, []);

  return { state, check, askReplace, apply, restore, cancel };
}

export type BackupImport = ReturnType<typeof useBackupImport>;
