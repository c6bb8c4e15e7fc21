import { useCallback, useState } from 'react';
import { clock } from '../../../config/clock.ts';
import type { Backup } from '../../../domain/backup/backup-format.ts';
import type { BackupProblem } from '../../../domain/backup/parse-backup.ts';
import { importBackup, parseBackupFor, type ImportMode } from '../../../storage/backup-import.ts';
import { db } from '../../../storage/database.ts';
import type { SnapshotRecord } from '../../../storage/db.ts';

/** Where an import came from, so its outcome is shown beside the control that started it. */
export type ImportSource = 'file' | 'snapshot';

export type ImportOutcome =
  | { kind: 'replaced'; cards: number; reviews: number }
  | { kind: 'merged'; added: number; updated: number }
  | { kind: 'restored'; date: Date };

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'checking' | 'importing'; source: ImportSource }
  | { phase: 'review'; source: 'file'; fileName: string; backup: Backup }
  | { phase: 'done'; source: ImportSource; outcome: ImportOutcome }
  | { phase: 'refused'; source: ImportSource; problem: BackupProblem }
  | { phase: 'failed'; source: ImportSource; error: unknown };

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

/**
 * Importing a backup file or restoring a snapshot: the whole file is checked first (nothing is
 * written for a refused file), then written in one transaction in the mode the learner picks.
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

  const apply = useCallback(
    async (mode: ImportMode) => {
      if (state.phase !== 'review') return;
      setState({ phase: 'importing', source: 'file' });
      try {
        const result = await importBackup(db, state.backup, mode, clock.now());
        const outcome: ImportOutcome =
          mode === 'replace'
            ? {
                kind: 'replaced',
                cards: state.backup.counts.cards ?? 0,
                reviews: state.backup.counts.reviewLog ?? 0,
              }
            : { kind: 'merged', added: sum(result.added), updated: result.updated.cards ?? 0 };
        setState({ phase: 'done', source: 'file', outcome });
      } catch (error) {
        setState({ phase: 'failed', source: 'file', error });
      }
    },
    [state],
  );

  const restore = useCallback(async (snapshot: SnapshotRecord) => {
    setState({ phase: 'importing', source: 'snapshot' });
    try {
      const result = parseBackupFor(db, snapshot.backup, clock.now());
      if (!result.ok) {
        setState({ phase: 'refused', source: 'snapshot', problem: result.problem });
        return;
      }
      await importBackup(db, result.backup, 'replace', clock.now());
      setState({
        phase: 'done',
        source: 'snapshot',
        outcome: { kind: 'restored', date: snapshot.createdAt },
      });
    } catch (error) {
      setState({ phase: 'failed', source: 'snapshot', error });
    }
  }, []);

  const cancel = useCallback(() => {
    setState({ phase: 'idle' });
  }, []);

  return { state, check, apply, restore, cancel };
}

export type BackupImport = ReturnType<typeof useBackupImport>;
