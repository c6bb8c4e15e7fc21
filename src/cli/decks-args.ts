/**
 * Command-line arguments of `npm run decks`:
 *
 *     npm run decks                              regenerate decks/*.json from decks/sources/
 *     npm run decks -- --out <dir>               the same decks, written to <dir> instead
 *     npm run decks -- <file>... --out <dir>     one <deck id>.json per document into <dir>
 */

export type DecksCommand =
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string }
  | { kind: 'sources'; outDir: string | undefined }
  | { kind: 'files'; files: string[]; outDir: string };

export const DECKS_USAGE = `usage: npm run decks [-- [<file>...] --out <dir>]
  no arguments          regenerate decks/*.json from decks/sources/
  --out <dir>           write the decks to <dir> (required when files are given)
  <file>...             generate one <deck id>.json per document
  -h, --help            show this help`;

/**
 * Parses the arguments after `npm run decks --`.
 *
 * @example
 * parseDecksArgs(['a.md', '--out', 'out']) // { kind: 'files', files: ['a.md'], outDir: 'out' }
 */
export function parseDecksArgs(argv: readonly string[]): DecksCommand {
  const files: string[] = [];
  let outDir: string | undefined;
  let optionsDone = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (optionsDone || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
    } else if (arg === '--') {
      optionsDone = true;
    } else if (arg === '-h' || arg === '--help') {
      return { kind: 'help' };
    } else if (arg === '--out' || arg === '-o') {
      const value = argv[index + 1];
      if (value === undefined || value === '') {
        return { kind: 'usage-error', message: `${arg} needs a directory` };
      }
      outDir = value;
      index += 1;
    } else if (arg.startsWith('--out=')) {
      outDir = arg.slice('--out='.length);
      if (outDir === '') return { kind: 'usage-error', message: '--out needs a directory' };
    } else {
      return { kind: 'usage-error', message: `unknown option ${arg}` };
    }
  }
  if (files.length === 0) return { kind: 'sources', outDir };
  if (outDir === undefined) {
    return { kind: 'usage-error', message: 'give --out <dir> when generating from files' };
  }
  return { kind: 'files', files, outDir };
}
