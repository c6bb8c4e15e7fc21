// @vitest-environment node
/**
 * The decks in decks/*.json are generated output checked into the repository. This test fails
 * when they are stale: run `npm run decks` after changing the generator or a source document.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src/domain/generator/generate-deck.ts';
import { serializeDeck } from '../../../src/domain/generator/serialize-deck.ts';
import { repoRoot, sourcesDir } from './generator-test-helpers.ts';

const decksDir = `${repoRoot}decks/`;
const sources = readdirSync(sourcesDir)
  .filter((name) => name.toLowerCase() !== 'readme.md' && !name.startsWith('.'))
  .sort();

describe('committed decks', () => {
  it('has one deck per source document and nothing else', async () => {
    const ids = await Promise.all(
      sources.map(
        async (name) => (await generateDeck(readFileSync(`${sourcesDir}${name}`, 'utf8'), name)).id,
      ),
    );
    const committed = readdirSync(decksDir).filter((name) => name.endsWith('.json'));
    expect(committed.sort()).toEqual(ids.map((id) => `${id}.json`).sort());
  });

  it.each(sources)('decks/<id>.json for %s is up to date (run npm run decks)', async (name) => {
    const deck = await generateDeck(readFileSync(`${sourcesDir}${name}`, 'utf8'), name);
    expect(readFileSync(`${decksDir}${deck.id}.json`, 'utf8')).toBe(serializeDeck(deck));
  });

  it('serializes the same deck to the same bytes', async () => {
    const name = sources[0] ?? '';
    const text = readFileSync(`${sourcesDir}${name}`, 'utf8');
    const [a, b] = await Promise.all([generateDeck(text, name), generateDeck(text, name)]);
    expect(serializeDeck(a)).toBe(serializeDeck(b));
  });
});
