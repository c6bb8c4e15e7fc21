/**
 * `npm run decks`: documents in, decks/*.json out. All decks are generated before anything is
 * written, so one bad document leaves every output file untouched (and the exit code is 1).
 * The generation itself is domain code; this file only reads, writes and reports.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Deck } from '../domain/deck/deck-types.ts';
import { generateDeck } from '../domain/generator/generate-deck.ts';
import { DeckGenerationError } from '../domain/generator/generator-error.ts';
import { serializeDeck } from '../domain/generator/serialize-deck.ts';
import { DECKS_USAGE, parseDecksArgs } from './decks-args.ts';
import { documentText } from './document-text.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const decksDir = join(root, 'decks');
const sourcesDir = join(decksDir, 'sources');

async function sourceFiles(): Promise<string[]> {
  const entries = await readdir(sourcesDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((name) => name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => join(sourcesDir, name));
}

function display(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') ? path : fromCwd;
}

/** Generates every deck, collecting the generator's errors instead of stopping at the first. */
async function generateAll(files: readonly string[]): Promise<Deck[] | undefined> {
  const decks: Deck[] = [];
  const errors: string[] = [];
  const producedBy = new Map<string, string>();
  for (const file of files) {
    try {
      const deck = await generateDeck(await documentText(file), basename(file));
      const other = producedBy.get(deck.id);
      if (other !== undefined) {
        errors.push(`${display(file)}: deck id "${deck.id}" is also the id of ${display(other)}`);
        continue;
      }
      producedBy.set(deck.id, file);
      decks.push(deck);
    } catch (error) {
      if (error instanceof DeckGenerationError) {
        errors.push(`${display(file)}: ${error.reason}`);
      } else if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
        errors.push(`${display(file)}: cannot read the file (${error.code})`);
      } else {
        throw error;
      }
    }
  }
  for (const message of errors) console.error(`error: ${message}`);
  return errors.length === 0 ? decks : undefined;
}

async function writeDecks(decks: readonly Deck[], outDir: string, prune: boolean): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const written = new Set<string>();
  for (const deck of decks) {
    const path = join(outDir, `${deck.id}.json`);
    await writeFile(path, serializeDeck(deck));
    written.add(path);
    console.log(`wrote ${display(path)} (${deck.cards.length} cards)`);
  }
  if (!prune) return;
  // decks/ holds exactly the decks of decks/sources/: a deck whose source is gone goes too.
  for (const entry of await readdir(outDir)) {
    const path = join(outDir, entry);
    if (entry.endsWith('.json') && !written.has(path)) {
      await rm(path);
      console.log(`removed ${display(path)}`);
    }
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseDecksArgs(argv);
  switch (command.kind) {
    case 'help':
      console.log(DECKS_USAGE);
      return 0;
    case 'usage-error':
      console.error(`error: ${command.message}\n${DECKS_USAGE}`);
      return 2;
    case 'sources': {
      const decks = await generateAll(await sourceFiles());
      if (!decks) return 1;
      const outDir = command.outDir === undefined ? decksDir : resolve(command.outDir);
      await writeDecks(decks, outDir, command.outDir === undefined);
      return 0;
    }
    case 'files': {
      const decks = await generateAll(command.files.map((file) => resolve(file)));
      if (!decks) return 1;
      await writeDecks(decks, resolve(command.outDir), false);
      return 0;
    }
  }
}

process.exitCode = await main(process.argv.slice(2));
