/**
 * Deck-generation throughput in Node: the four source documents through the generator's one
 * entry point, as `npm run decks` runs it, repeated for about a second per run.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDeck } from '../../src/domain/generator/generate-deck.ts';
import { repoRoot } from './bench-paths.ts';

const RUN_MS = 1000;

export interface SourceDocument {
  name: string;
  text: string;
}

/** decks/sources/* except the README, as the decks CLI picks them. */
export async function readSourceDocuments(): Promise<SourceDocument[]> {
  const dir = join(repoRoot, 'decks', 'sources');
  const names = (await readdir(dir))
    .filter((name) => !name.startsWith('.') && name.toLowerCase() !== 'readme.md')
    .sort();
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
  );
}

/** Megabytes (10^6 bytes of UTF-8 input) of documents turned into decks per second. */
export async function measureGenerateMBps(documents: readonly SourceDocument[]): Promise<number> {
  const bytes = documents.reduce((sum, doc) => sum + Buffer.byteLength(doc.text, 'utf8'), 0);
  let rounds = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const doc of documents) {
      const deck = await generateDeck(doc.text, doc.name);
      if (deck.cards.length === 0) throw new Error(`${doc.name} gave no cards`);
    }
    rounds += 1;
    elapsed = performance.now() - started;
  } while (elapsed < RUN_MS);
  return (bytes * rounds) / 1e6 / (elapsed / 1000);
}
