/**
 * A session with a real screen reader: Orca (started by orca-session.sh, with speech off and
 * its debug log on) reads Debian's Chromium, which shows the production build; keys are typed
 * with xdotool, through the X server, as a keyboard would, so Orca sees them (browse or focus
 * mode, its own shortcuts) before the page does. Playwright, connected over CDP, only waits for
 * the page. Prints a Markdown transcript: each step, its keys and what Orca said.
 *
 * Not part of `npm test` or CI: it needs an X display, a D-Bus session and Orca, and takes
 * minutes. Run it with `bash tests/screen-reader/orca-session.sh` (see docs/accessibility-session.md).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, servePreview } from '../helpers/node/chromium.ts';

const run = promisify(execFile);
const orcaLog = process.env.ORCA_DEBUG_FILE;
if (orcaLog === undefined || process.env.DISPLAY === undefined) {
  throw new Error('Run through tests/screen-reader/orca-session.sh (ORCA_DEBUG_FILE, DISPLAY).');
}
const only = process.env.ONLY?.split(',');

/** A free TCP port on 127.0.0.1, for Chromium's DevTools endpoint. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close();
      if (address === null || typeof address === 'string') reject(new Error('no port'));
      else resolve(address.port);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Orca's log lines of what it speaks: `SPEECH OUTPUT: 'text'{voice}`. */
const SPOKEN = /SPEECH OUTPUT: '(.*)'(\s?)(\{.*\})?$/;

/** What Orca said after `from` (a line count), without its echo of keys and characters. */
async function spokenSince(from: number): Promise<{ lines: string[]; total: number }> {
  const all = (await readFile(orcaLog as string, 'utf8')).split('\n');
  const lines = all
    .slice(from)
    .map((line) => SPOKEN.exec(line))
    // The echo of a key is logged as `'key ' {voice}`, with a space before the voice.
    .filter((match): match is RegExpExecArray => match !== null && match[2] === '')
    .map((match) => {
      const language = /'language': '([^']*)'/.exec(match[3] ?? '')?.[1];
      return language === undefined ? match[1] : `${match[1]}   [voice: ${language}]`;
    });
  return { lines: lines.filter((line): line is string => line !== undefined), total: all.length };
}

let mark = 0;
/** Waits until Orca has been quiet for a second (at most 12 s), then returns what it said. */
async function settle(): Promise<string[]> {
  let said: string[] = [];
  let quietSince = Date.now();
  const started = Date.now();
  await sleep(600);
  while (Date.now() - started < 12_000) {
    const now = await spokenSince(mark);
    if (now.lines.length !== said.length) quietSince = Date.now();
    said = now.lines;
    if (Date.now() - quietSince > 1_200) break;
    await sleep(200);
  }
  mark = (await spokenSince(0)).total - 1;
  return said;
}

/** Presses keys (xdotool names: Tab, shift+Tab, Return, space, 3, KP_3) one after another. */
async function keys(...names: string[]): Promise<void> {
  for (const name of names) {
    await run('xdotool', ['key', '--clearmodifiers', name]);
    await sleep(350);
  }
}

async function type(text: string): Promise<void> {
  await run('xdotool', ['type', '--delay', '60', text]);
}

/** Orca reads a loaded page from the top ("say all"): its first lines and a count are enough. */
function shortenSayAll(said: string[]): string[] {
  const sayAll = said.filter((line) => line.startsWith('SAY ALL: '));
  if (sayAll.length <= 6) return said;
  const kept = new Set(sayAll.slice(0, 6));
  const shortened = said.filter((line) => !line.startsWith('SAY ALL: ') || kept.has(line));
  shortened.push(`SAY ALL: … ${String(sayAll.length - 6)} more lines`);
  return shortened;
}

/** The focused element, as `tag "text"`, to set beside what Orca said. */
async function focusOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return 'body';
    const text = (element.getAttribute('aria-label') ?? element.textContent)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40);
    return `${element.tagName.toLowerCase()} "${text}"`;
  });
}

const transcript: string[] = [];
let current: Page;
async function step(title: string, pressed: string, act: () => Promise<void>): Promise<void> {
  await act();
  const said = shortenSayAll(await settle());
  transcript.push(`- **${title}** (${pressed}; focus on ${await focusOf(current)})`);
  transcript.push(...(said.length === 0 ? ['  - _(nothing)_'] : said.map((line) => `  - ${line}`)));
  console.error(transcript.slice(-1 - Math.max(said.length, 1)).join('\n'));
}

function section(title: string): boolean {
  if (only !== undefined && !only.some((name) => title.toLowerCase().includes(name))) {
    return false;
  }
  transcript.push('', `### ${title}`, '');
  console.error(`\n### ${title}\n`);
  return true;
}

async function main(): Promise<void> {
  const server = await servePreview({ missingBuildHint: 'run `npx vite build` first' });
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'deckwright-orca-'));
  const browserProcess = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_ARGS,
      '--force-renderer-accessibility',
      '--lang=en-US',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${String(port)}`,
      '--window-position=0,0',
      '--window-size=1280,900',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    let browser;
    for (let attempt = 0; browser === undefined; attempt += 1) {
      try {
        browser = await chromium.connectOverCDP(`http://127.0.0.1:${String(port)}`);
      } catch (error) {
        if (attempt > 40) throw error;
        await sleep(500);
      }
    }
    const page = browser.contexts()[0]?.pages()[0];
    if (page === undefined) throw new Error('Chromium opened no page');
    await session(page, server.baseUrl);
    await browser.close();
  } finally {
    browserProcess.kill();
    await server.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
  }
}

/** Opens `path` as a learner would: the address bar, the address, Enter. */
async function open(page: Page, baseUrl: string, path: string, ready: string): Promise<void> {
  await keys('ctrl+l');
  await type(`${baseUrl}${path}`);
  await keys('Return');
  await page.waitForURL(`${baseUrl}${path}`);
  await page.locator(ready).first().waitFor();
}

/** Moves to `target` (as Tab or a screen reader's own navigation would) and presses Enter. */
async function follow(target: Locator): Promise<void> {
  await target.focus();
  await settle();
  await keys('Return');
}

const tabs = (count: number) => keys(...Array<string>(count).fill('Tab'));

/** Loads `path` directly (a set-up, not a step) and lets Orca finish reading the new page. */
async function load(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.locator('h1').first().waitFor();
  await sleep(2_500);
  await settle();
}

/** Opens a one-question quiz of `type` on the Slovak deck (set up by the test, started by Enter). */
async function oneQuestion(page: Page, baseUrl: string, type: string): Promise<void> {
  await load(page, baseUrl, '/decks/bpo-vs-kpo-sk/quiz');
  await page.getByRole('spinbutton', { name: /Number of questions/ }).fill('1');
  for (const other of ['Multiple choice', 'True or false', 'Typed answer', 'Matching']) {
    await page.getByRole('checkbox', { name: other, exact: true }).setChecked(other === type);
  }
  await follow(page.getByRole('button', { name: 'Start quiz' }));
  await page.getByText('Question 1 of 1').waitFor();
}

async function session(page: Page, baseUrl: string): Promise<void> {
  current = page;
  const sk = '/decks/bpo-vs-kpo-sk';
  await open(page, baseUrl, '/', 'h1');
  await settle();

  if (section('Deck list')) {
    await step('Tab through the header and the first deck', 'Tab ×9', () => tabs(9));
    await step('Browse mode: next heading', 'h', () => keys('h'));
    await step('Follow the link of the Slovak deck', 'Enter on the link', async () => {
      await follow(page.getByRole('link', { name: 'Rozdiel medzi BPO a KPO' }));
      await page.waitForURL(`${baseUrl}${sk}`);
    });
  }

  if (section('Deck page')) {
    await load(page, baseUrl, sk);
    await step('Browse mode: next heading', 'h', () => keys('h'));
    await step('Tab through the page', 'Tab ×8', () => tabs(8));
    await step('Follow Study', 'Enter on the link', async () => {
      await follow(page.getByRole('link', { name: 'Study', exact: true }));
      await page.getByTestId('card-front').waitFor();
    });
  }

  if (section('Study')) {
    await load(page, baseUrl, `${sk}/study`);
    await page.getByRole('article').focus();
    await settle();
    await step('Show the answer', 'Space', () => keys('space'));
    await step('Grade Good by key', '3', () => keys('3'));
    await step('Grade Good by key', 'Enter', () => keys('Return'));
    await step('Show the answer', 'Enter', () => keys('Return'));
    await step('Grade Again by key', '1', () => keys('1'));
    await step('Grade Again on the number pad', 'KP_1 (NumLock on)', () =>
      keys('Num_Lock', 'KP_1', 'Num_Lock'),
    );
    await step('Show the answer', 'Space', () => keys('space'));
    await step('Tab to the grade buttons', 'Tab', () => tabs(1));
    await step('Next grade button', 'Tab', () => tabs(1));
    await step('Grade Hard with its button', 'Space', () => keys('space'));
    await step('Show the answer', 'Space', () => keys('space'));
    await step('Focus mode (Orca+A), then Easy by key', 'Insert+a, 4', () => keys('Insert+a', '4'));
    await step('Show the answer, then Good by key, still in focus mode', 'Space, 3', () =>
      keys('space', '3'),
    );
    await keys('Insert+a');
    await settle();
  }

  if (section('Quiz')) {
    await step('Multiple choice: start', 'Enter on Start quiz', () =>
      oneQuestion(page, baseUrl, 'Multiple choice'),
    );
    await step('Answer with key 1', '1', () => keys('1'));
    await step('Tab to the options', 'Tab', () => tabs(1));
    await step('Answer with the focused option', 'Space', () => keys('space'));
    await step('Results', 'Enter on See the results', async () => {
      await follow(page.getByRole('button', { name: /^See the results/ }));
      await page.getByTestId('quiz-score').waitFor();
    });
    await step('Tab through the results', 'Tab ×4', () => tabs(4));

    await step('True or false: start', 'Enter on Start quiz', () =>
      oneQuestion(page, baseUrl, 'True or false'),
    );
    await step('Tab to True', 'Tab', () => tabs(1));
    await step('Answer True', 'Space', () => keys('space'));

    await step('Typed answer: start', 'Enter on Start quiz', () =>
      oneQuestion(page, baseUrl, 'Typed answer'),
    );
    await step('Type an answer', 'type "outsourcing"', () => type('outsourcing'));
    await step('Check it', 'Enter', () => keys('Return'));

    await step('Matching: start', 'Enter on Start quiz', () =>
      oneQuestion(page, baseUrl, 'Matching'),
    );
    await step('Pick item 1 by key', '1', () => keys('1'));
    await step('Tab to the first item', 'Tab', () => tabs(1));
    await step('Pick it', 'Space', () => keys('space'));
    await step('Tab to the answers', 'Tab ×3', () => tabs(3));
    await step('Match it', 'Space', () => keys('space'));
  }

  if (section('Statistics')) {
    await load(page, baseUrl, '/');
    await step('Follow Statistics in the header', 'Enter on the link', async () => {
      await follow(page.getByRole('link', { name: 'Statistics' }));
      await page.getByRole('heading', { level: 1 }).waitFor();
    });
    await step('Browse mode: next heading', 'h ×3', () => keys('h', 'h', 'h'));
    await step('Tab through the page', 'Tab ×6', () => tabs(6));
  }

  if (section('Card browser')) {
    await step('Follow Cards in the header', 'Enter on the link', async () => {
      await follow(page.getByRole('link', { name: 'Cards', exact: true }));
      await page.getByRole('searchbox').or(page.getByRole('textbox')).first().waitFor();
    });
    await step('Tab to the search field', 'Tab', async () => {
      await page.getByRole('button', { name: 'Add a card' }).focus();
      await settle();
      await tabs(1);
    });
    await step('Search', 'type "KPO"', () => type('KPO'));
    await step('Tab on', 'Tab ×6', () => tabs(6));
    await step('Open the first card', 'Enter on its link', async () => {
      await follow(page.getByRole('table').getByRole('link').first());
      await page.waitForURL(/\/cards\/[^/?]+$/);
    });
  }

  if (section('Card page')) {
    await step('Browse mode: next heading', 'h ×2', () => keys('h', 'h'));
    await step('Tab through the page', 'Tab ×6', () => tabs(6));
  }

  if (section('Settings')) {
    await step('Follow Settings in the header', 'Enter on the link', async () => {
      await follow(page.getByRole('link', { name: 'Settings' }));
      await page.getByRole('heading', { level: 1 }).waitFor();
    });
    await step('Tab through the page', 'Tab ×6', () => tabs(6));
  }

  if (section('Document import preview')) {
    await load(page, baseUrl, '/');
    await step('Paste text', 'Enter on the button', () =>
      follow(page.getByRole('button', { name: 'Paste text' })),
    );
    await step('Tab to Title, type it', 'Tab, type', async () => {
      await tabs(1);
      await type('Photosynthesis');
    });
    await step('Tab to Text, type it', 'Tab, type', async () => {
      await tabs(1);
      await type(
        'Photosynthesis is the process by which plants turn light into chemical energy. Chlorophyll is the green pigment that absorbs light.',
      );
    });
    await step('Make cards', 'Enter on Make cards', async () => {
      await follow(page.getByRole('button', { name: 'Make cards' }));
      await page.getByRole('region', { name: 'Check the new deck' }).waitFor();
    });
    await step('Tab through the preview', 'Tab ×8', () => tabs(8));
  }
}

main().then(
  () => {
    process.stdout.write(`${transcript.join('\n')}\n`);
    process.exitCode = 0;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
