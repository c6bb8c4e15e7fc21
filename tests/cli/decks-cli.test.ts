// @vitest-environment node
/**
 * Runs `src/cli/decks.ts` the way `npm run decks` does (through tsx) on temporary folders. The
 * runs are separate processes, so they run concurrently. (The argument parser is tested through
 * the CLI too: tsconfig.test.json leaves src/cli out, so tests cannot import it type-checked.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const seeds = join(root, 'decks/sources');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runDecks(args: readonly string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [tsx, 'src/cli/decks.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      done({ status, stdout, stderr });
    });
  });
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'decks-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('npm run decks', { timeout: 30_000 }, () => {
  it('writes one <deck id>.json per document, the same bytes as the committed decks', async () => {
    const out = join(tempDir(), 'out');
    const result = await runDecks([
      join(seeds, 'bpo.tr.md'),
      join(seeds, 'kpo.da.md'),
      '--out',
      out,
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/wrote .*bpo-tr\.json \(13 cards\)/);
    expect(readdirSync(out).sort()).toEqual(['bpo-tr.json', 'kpo-da.json']);
    expect(readFileSync(join(out, 'bpo-tr.json'), 'utf8')).toBe(
      readFileSync(join(root, 'decks/bpo-tr.json'), 'utf8'),
    );
  });

  it('regenerates all sources into --out=<dir>', async () => {
    const dir = tempDir();
    const result = await runDecks([`--out=${dir}`]);
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'bpo-da.json',
      'bpo-tr.json',
      'bpo-vs-kpo-sk.json',
      'kpo-da.json',
    ]);
  });

  it('writes nothing and exits 1 when any document fails', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.md');
    const binary = join(dir, 'image.png');
    writeFileSync(empty, '');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const out = join(dir, 'out');
    const result = await runDecks([join(seeds, 'bpo.da.md'), empty, binary, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`error: ${empty}: the file is empty`);
    expect(result.stderr).toMatch(/error: .*image\.png: the file is binary/);
    expect(() => readdirSync(out)).toThrow();
  });

  it('reads an HTML page, its article only, and a Windows-1252 text file', async () => {
    const dir = tempDir();
    const page = join(dir, 'lan-wan.html');
    writeFileSync(
      page,
      `<html><body><nav><ul><li>Home</li><li>Shop</li></ul></nav><main><h1>Networks</h1>
        <h2>FAQ</h2><h3>What does LAN stand for?</h3><p>Local area network.</p></main>
        <footer><h2>FAQ</h2><h3>Who are we?</h3><p>A shop.</p></footer></body></html>`,
    );
    const latin = join(dir, 'okonomi.txt');
    const danish = '# Økonomi\n\n## FAQ\n\n### Hvad betyder KPO?\n\nVidensprocesser på ø.\n';
    writeFileSync(latin, Buffer.from(danish, 'latin1'));
    const out = join(dir, 'out');
    const result = await runDecks([page, latin, '--out', out]);
    expect(result.stderr).toBe('');
    const cards = (file: string) =>
      (
        JSON.parse(readFileSync(join(out, file), 'utf8')) as {
          cards: { front: string; back: string }[];
        }
      ).cards.map((card) => [card.front, card.back]);
    expect(cards('lan-wan.json')).toEqual([['What does LAN stand for?', 'Local area network.']]);
    expect(cards('okonomi.json')).toEqual([['Hvad betyder KPO?', 'Vidensprocesser på ø.']]);
  });

  it('refuses two documents with the same deck id', async () => {
    const dir = tempDir();
    const copy = join(dir, 'bpo.tr.md');
    writeFileSync(copy, readFileSync(join(seeds, 'bpo.tr.md')));
    const result = await runDecks([join(seeds, 'bpo.tr.md'), copy, '--out', join(dir, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('deck id "bpo-tr" is also the id of');
  });

  it('reads files after --', async () => {
    const dir = tempDir();
    const odd = join(dir, '--odd.md');
    writeFileSync(odd, readFileSync(join(seeds, 'kpo.da.md')));
    const result = await runDecks(['-o', dir, '--', odd]);
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['--odd.md', 'odd.json']);
  });

  it.each([
    [['a.md'], 2, 'error: give --out <dir> when generating from files'],
    [['--verbose'], 2, 'error: unknown option --verbose'],
    [['--help'], 0, 'usage: npm run decks'],
  ])('%j: exit %i and explain the usage', async (args, status, message) => {
    const result = await runDecks(args);
    expect(result.status).toBe(status);
    expect(`${result.stdout}${result.stderr}`).toContain(message);
    expect(`${result.stdout}${result.stderr}`).toContain('usage: npm run decks');
  });
});
