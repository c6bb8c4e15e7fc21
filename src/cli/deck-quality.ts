/**
 * `npm run deck-quality`: generates a deck for every document of the evaluation corpus
 * (tests/fixtures/corpus/tuning, held-out, held-out-2, … held-out-11 and held-out-12,
 * each document with a `<name>.gold.json`) and for the bundled sources (decks/sources, rules
 * only: they have no gold); sealed parts (held-out-13, held-out-14, held-out-15) only when named
 * with `--only`, and prints per document the cards by kind, the gold coverage and the cards that
 * break a rule, with totals per part and, last, one line per part.
 *
 *     npm run deck-quality                        every part but the sealed ones, summary tables
 *     npm run deck-quality -- --only tuning       one part (tuning, held-out, held-out-2,
 *                                                 … held-out-15 or bundled)
 *     npm run deck-quality -- --details           also list each rule break and missed gold item
 *     npm run deck-quality -- --list              print the parts a run would cover, run nothing
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { CARD_KINDS, type CardKind } from '../domain/deck/deck-types.ts';
import { evaluateDeck, type DeckQuality, type GoldItem } from '../domain/generator/deck-quality.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = join(root, 'tests/fixtures/corpus');

/** The parts a run covers when no `--only` names one. */
const DEFAULT_HALVES = [
  'tuning',
  'held-out',
  'held-out-2',
  'held-out-3',
  'held-out-4',
  'held-out-5',
  'held-out-6',
  'held-out-7',
  'held-out-8',
  'held-out-9',
  'held-out-10',
  'held-out-11',
  'held-out-12',
  'bundled',
] as const;
/**
 * Sealed parts: written for a later round and kept unseen until then, so a plain run never
 * generates decks for them; `--only held-out-13`, `--only held-out-14` or `--only held-out-15`
 * does (see the corpus README).
 */
const SEALED_HALVES = ['held-out-13', 'held-out-14', 'held-out-15'] as const;
const HALVES = [...DEFAULT_HALVES, ...SEALED_HALVES] as const;
type Half = (typeof HALVES)[number];

const USAGE = `usage: npm run deck-quality [-- [--only ${HALVES.join('|')}]... [--details] [--list]]`;

const GoldFile = v.object({
  gold: v.array(
    v.object({
      ask: v.pipe(v.string(), v.nonEmpty()),
      all: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1)),
    }),
  ),
});

interface Document {
  name: string;
  text: string;
  gold: GoldItem[] | undefined;
}

const SHORT: Readonly<Record<CardKind, string>> = {
  definition: 'def',
  highlight: 'hl',
  faq: 'faq',
  list: 'list',
  comparison: 'cmp',
};

async function readGold(path: string): Promise<GoldItem[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the gold file (${String(error)})`, { cause: error });
  }
  const parsed = v.safeParse(GoldFile, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue) ?? '(root)';
    throw new Error(`${path}: ${where}: ${issue.message}`);
  }
  return parsed.output.gold;
}

async function readHalf(half: Half): Promise<Document[]> {
  const dir = half === 'bundled' ? join(root, 'decks/sources') : join(corpusDir, half);
  const names = (await readdir(dir))
    .filter((name) => !name.startsWith('.') && name.toLowerCase() !== 'readme.md')
    .filter((name) => !name.endsWith('.gold.json'))
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      text: await readFile(join(dir, name), 'utf8'),
      gold:
        half === 'bundled'
          ? undefined
          : await readGold(join(dir, name.replace(/\.[^.]*$/u, '.gold.json'))),
    })),
  );
}

function pad(text: string | number, width: number, left = false): string {
  const value = String(text);
  return left ? value.padEnd(width) : value.padStart(width);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}

interface Totals {
  documents: number;
  cards: number;
  gold: number;
  covered: number;
  breaks: number;
}

function coverageText(totals: Totals): string {
  return totals.gold === 0
    ? '—'
    : `${totals.covered}/${totals.gold} ${percent(totals.covered, totals.gold)}`;
}

function report(half: Half, results: readonly [Document, DeckQuality][], details: boolean): Totals {
  const nameWidth = Math.max(24, ...results.map(([doc]) => doc.name.length + 1));
  const kindHeads = CARD_KINDS.map((kind) => pad(SHORT[kind], 5)).join('');
  console.log(`\n${half} (${results.length} documents)`);
  console.log(
    `${pad('document', nameWidth, true)}${kindHeads}${pad('cards', 7)}${pad('gold', 12)}${pad('breaks', 8)}`,
  );
  const totals: Totals = { documents: results.length, cards: 0, gold: 0, covered: 0, breaks: 0 };
  const byRule = new Map<string, number>();
  for (const [doc, quality] of results) {
    const cards = quality.cards.length;
    const gold = quality.covered.length + quality.missed.length;
    const kinds = CARD_KINDS.map((kind) => pad(quality.kinds[kind] ?? 0, 5)).join('');
    const coverage = doc.gold ? `${quality.covered.length}/${gold}` : '—';
    console.log(
      `${pad(doc.name, nameWidth, true)}${kinds}${pad(cards, 7)}${pad(coverage, 12)}${pad(quality.breaks.length, 8)}`,
    );
    totals.cards += cards;
    totals.gold += gold;
    totals.covered += quality.covered.length;
    totals.breaks += quality.breaks.length;
    for (const broken of quality.breaks)
      byRule.set(broken.rule, (byRule.get(broken.rule) ?? 0) + 1);
    if (!details) continue;
    for (const broken of quality.breaks) {
      console.log(
        `    break  ${broken.rule} (${broken.detail}): ${broken.card.front.replace(/\n/g, ' / ').slice(0, 90)}`,
      );
    }
    for (const item of quality.missed) console.log(`    missed ${item.ask}`);
  }
  console.log(
    `${pad('total', nameWidth, true)}${pad('', CARD_KINDS.length * 5)}${pad(totals.cards, 7)}${pad(coverageText(totals), 12)}${pad(totals.breaks, 8)}`,
  );
  const rules = [...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ');
  console.log(`rule breaks: ${rules === '' ? 'none' : rules}`);
  return totals;
}

/** One line per part, so each part's figure stands on its own (held-out-7 is never pooled). */
function summarize(parts: readonly [Half, Totals][]) {
  console.log('\nby part');
  console.log(
    `${pad('part', 12, true)}${pad('docs', 6)}${pad('cards', 7)}${pad('gold', 14)}${pad('breaks', 8)}`,
  );
  for (const [half, totals] of parts) {
    console.log(
      `${pad(half, 12, true)}${pad(totals.documents, 6)}${pad(totals.cards, 7)}${pad(coverageText(totals), 14)}${pad(totals.breaks, 8)}`,
    );
  }
}

interface Args {
  halves: Half[];
  details: boolean;
  list: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const halves: Half[] = [];
  let details = false;
  let list = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--details') {
      details = true;
    } else if (arg === '--list') {
      list = true;
    } else if (arg === '--only') {
      const half = HALVES.find((name) => name === argv[index + 1]);
      if (!half) return `--only needs one of ${HALVES.join(', ')}`;
      halves.push(half);
      index += 1;
    } else {
      return `unknown argument ${String(arg)}`;
    }
  }
  return { halves: halves.length === 0 ? [...DEFAULT_HALVES] : halves, details, list };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`error: ${args}\n${USAGE}`);
    return 2;
  }
  if (args.list) {
    console.log(args.halves.join('\n'));
    return 0;
  }
  const parts: [Half, Totals][] = [];
  for (const half of args.halves) {
    const documents = await readHalf(half);
    const results = documents.map((doc): [Document, DeckQuality] => [
      doc,
      evaluateDeck(doc.text, doc.name, doc.gold ?? []),
    ]);
    parts.push([half, report(half, results, args.details)]);
  }
  if (parts.length > 1) summarize(parts);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
