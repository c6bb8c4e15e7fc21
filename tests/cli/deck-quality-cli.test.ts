// @vitest-environment node
/**
 * Runs `src/cli/deck-quality.ts --list` the way `npm run deck-quality` does (through tsx): the
 * parts a run covers, without generating a deck. The sealed parts must stay out of a plain run
 * and each still be reachable with `--only`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

function deckQuality(args: readonly string[]) {
  const run = spawnSync(process.execPath, [tsx, 'src/cli/deck-quality.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, lines: run.stdout.split('\n').filter(Boolean), stderr: run.stderr };
}

describe('deck-quality parts', () => {
  it('runs every corpus part but the sealed ones, and the bundled sources, by default', () => {
    const folders = readdirSync(join(root, 'tests/fixtures/corpus'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const { status, lines } = deckQuality(['--list']);
    expect(status).toBe(0);
    expect(folders).toContain('held-out-13');
    expect(folders).toContain('held-out-14');
    expect(folders).toContain('held-out-15');
    expect(lines).not.toContain('held-out-13');
    expect(lines).not.toContain('held-out-14');
    expect(lines).not.toContain('held-out-15');
    expect(lines).toContain('held-out-10');
    expect(lines).toContain('held-out-11');
    expect(lines).toContain('held-out-12');
    expect([...lines].sort()).toEqual(
      [
        ...folders.filter(
          (folder) => !['held-out-13', 'held-out-14', 'held-out-15'].includes(folder),
        ),
        'bundled',
      ].sort(),
    );
  });

  // Four tsx start-ups: more than the default 5 s on a busy machine.
  it('runs a sealed part only when --only names it', () => {
    expect(deckQuality(['--list', '--only', 'held-out-13']).lines).toEqual(['held-out-13']);
    expect(deckQuality(['--list', '--only', 'held-out-14']).lines).toEqual(['held-out-14']);
    expect(deckQuality(['--list', '--only', 'held-out-15']).lines).toEqual(['held-out-15']);
    const parts = ['held-out-12', 'held-out-13', 'held-out-14', 'held-out-15'];
    expect(deckQuality(['--list', ...parts.flatMap((part) => ['--only', part])]).lines).toEqual(
      parts,
    );
  }, 25_000);

  it('rejects a part that does not exist, naming the ones that do', () => {
    const { status, stderr } = deckQuality(['--list', '--only', 'held-out-99']);
    expect(status).toBe(2);
    expect(stderr).toContain('--only needs one of tuning,');
    expect(stderr).toContain('held-out-10');
    expect(stderr).toContain('held-out-12');
    expect(stderr).toContain('held-out-13');
    expect(stderr).toContain('held-out-14');
    expect(stderr).toContain('held-out-15');
  });
});
