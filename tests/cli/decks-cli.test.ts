// @vitest-environment node
/**
 * Runs `src/cli/decks.ts` the way `npm run decks` does (through tsx) on temporary folders.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const seeds = join(root, 'decks/sources');

function runDecks(args: readonly string[]) {
  const result = spawnSync(process.execPath, [tsx, 'src/cli/decks.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'decks-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run decks', () => {
  it('writes one <deck id>.json per document, the same bytes as the committed decks', () => {
    const out = join(dir, 'out');
    const result = runDecks([join(seeds, 'bpo.tr.md'), join(seeds, 'kpo.da.md'), '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/wrote .*bpo-tr\.json \(11 cards\)/);
    expect(readdirSync(out).sort()).toEqual(['bpo-tr.json', 'kpo-da.json']);
    expect(readFileSync(join(out, 'bpo-tr.json'), 'utf8')).toBe(
      readFileSync(join(root, 'decks/bpo-tr.json'), 'utf8'),
    );
  }, 20_000);

  it('regenerates all sources into --out', () => {
    const result = runDecks(['--out', dir]);
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'bpo-da.json',
      'bpo-tr.json',
      'bpo-vs-kpo-sk.json',
      'kpo-da.json',
    ]);
  }, 20_000);

  it('writes nothing and exits 1 when any document fails', () => {
    const empty = join(dir, 'empty.md');
    const binary = join(dir, 'image.png');
    writeFileSync(empty, '');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const out = join(dir, 'out');
    const result = runDecks([join(seeds, 'bpo.da.md'), empty, binary, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`error: ${empty}: the file is empty`);
    expect(result.stderr).toMatch(/error: .*image\.png: the file is binary/);
    expect(() => readdirSync(out)).toThrow();
  }, 20_000);

  it('refuses two documents with the same deck id', () => {
    const copy = join(dir, 'bpo.tr.md');
    writeFileSync(copy, readFileSync(join(seeds, 'bpo.tr.md')));
    const result = runDecks([join(seeds, 'bpo.tr.md'), copy, '--out', join(dir, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('deck id "bpo-tr" is also the id of');
  }, 20_000);

  it.each([
    [['a.md'], 2, 'error: give --out <dir> when generating from files'],
    [['a.md', '--out'], 2, 'error: --out needs a directory'],
    [['--out='], 2, 'error: --out needs a directory'],
    [['--verbose'], 2, 'error: unknown option --verbose'],
    [['--help'], 0, 'usage: npm run decks'],
  ])(
    '%j: exit %i and explain the usage',
    (args, status, message) => {
      const result = runDecks(args);
      expect(result.status).toBe(status);
      expect(`${result.stdout}${result.stderr}`).toContain(message);
      expect(`${result.stdout}${result.stderr}`).toContain('usage: npm run decks');
    },
    20_000,
  );

  it('reads --out=<dir> and files after --', () => {
    const odd = join(dir, '--odd.md');
    writeFileSync(odd, readFileSync(join(seeds, 'kpo.da.md')));
    const result = runDecks([`--out=${dir}`, '--', odd]);
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['--odd.md', 'odd.json']);
  }, 20_000);
});
