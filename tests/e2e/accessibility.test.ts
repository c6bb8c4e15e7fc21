import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { serveAndLaunch, type Served } from './browser.ts';
import { answerByKeyboard } from './quiz-keys.ts';

// Every screen, checked by axe-core (no serious or critical violation) on a desktop window and
// on a 360×640 phone, where no element may stick out of the viewport (the page never scrolls
// sideways). axe is injected from node_modules; `bypassCSP`, because the app's
// Content-Security-Policy allows no inline script, which is what addScriptTag adds.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let e2e: Served;
beforeAll(async () => {
  e2e = await serveAndLaunch();
});
afterAll(async () => {
  await e2e.close();
});

interface Finding {
  screen: string;
  problem: string;
}

/** Serious and critical axe violations of the page as it is now, one line per element. */
async function axeViolations(page: Page, screen: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => ({
        screen,
        problem: `${violation.id} (${String(violation.impact)}): ${node.target.join(' ')} — ${
          node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help
        }`,
      })),
    );
}

/**
 * Elements whose box reaches past the viewport's right edge (so the page would scroll sideways),
 * leaving out what an ancestor scrolls or clips (a wide table in its own scrolling box).
 */
function overflowingElements(page: Page, screen: string): Promise<Finding[]> {
  return page.evaluate((name) => {
    const width = document.documentElement.clientWidth;
    const clipped = (element: Element): boolean => {
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const found: { screen: string; problem: string }[] = [];
    if (document.documentElement.scrollWidth > width) {
      found.push({
        screen: name,
        problem: `the page is ${String(document.documentElement.scrollWidth)} px wide`,
      });
    }
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1 || clipped(element)) continue;
      // The outermost element that sticks out is enough to name.
      const parent = element.parentElement;
      if (
        parent !== null &&
        parent !== document.body &&
        parent.getBoundingClientRect().right > width + 1
      ) {
        continue;
      }
      const classes = element.getAttribute('class') ?? '';
      const label = `${element.tagName.toLowerCase()}${
        classes === '' ? '' : `.${classes.split(' ').join('.')}`
      }`;
      found.push({ screen: name, problem: `${label} ends at ${String(Math.round(box.right))} px` });
    }
    return found;
  }, screen);
}

const QUIZ_TYPES = ['Multiple choice', 'True or false', 'Typed answer', 'Matching'] as const;

/** Starts a one-question quiz of `type` on the Slovak deck. */
async function startQuiz(page: Page, type: (typeof QUIZ_TYPES)[number]) {
  await page.goto(`${e2e.baseUrl}/decks/bpo-vs-kpo-sk/quiz`);
  await page.getByRole('spinbutton', { name: /Number of questions/ }).fill('1');
  for (const other of QUIZ_TYPES) {
    await page.getByRole('checkbox', { name: other, exact: true }).setChecked(other === type);
  }
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await page.getByText('Question 1 of 1').waitFor();
}

/**
 * Opens every screen of the app in turn (studying and quizzing a little on the way, so the
 * statistics and card pages have something to show) and runs `check` on each.
 */
async function visitEveryScreen(
  page: Page,
  check: (screen: string) => Promise<Finding[]>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const run = async (screen: string) => {
    findings.push(...(await check(screen)));
  };

  await page.goto(e2e.baseUrl);
  await page.locator('.deck-list h2').first().waitFor();
  await run('deck list');

  await page.goto(`${e2e.baseUrl}/decks/bpo-vs-kpo-sk`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await run('deck page');
  await page.getByText('Options', { exact: true }).click();
  await page.getByRole('heading', { name: 'FSRS parameters' }).waitFor();
  await run('deck page, options');

  await page.goto(`${e2e.baseUrl}/decks/bpo-vs-kpo-sk/study`);
  await page.getByTestId('card-front').waitFor();
  await run('study, front');
  await page.getByRole('button', { name: /^Show answer/ }).click();
  await page.getByTestId('card-back').waitFor();
  await run('study, answer');
  await page.getByRole('button', { name: /^Good/ }).click();
  await page.getByTestId('card-back').waitFor({ state: 'detached' });

  for (const type of QUIZ_TYPES) {
    await startQuiz(page, type);
    await run(`quiz, ${type}`);
    await answerByKeyboard(page);
    await page.getByRole('button', { name: /^See the results/ }).waitFor();
    await run(`quiz, ${type}, feedback`);
  }
  await page.getByRole('button', { name: /^See the results/ }).click();
  await page.getByTestId('quiz-score').waitFor();
  await run('quiz results');

  await page.goto(`${e2e.baseUrl}/stats`);
  await page.getByTestId('today-again').waitFor();
  await page.locator('.uplot').first().waitFor();
  await run('statistics');

  await page.goto(`${e2e.baseUrl}/cards`);
  const firstCard = page.getByRole('row').nth(1).getByRole('link').first();
  await firstCard.waitFor();
  await run('card browser');
  await page.goto(`${e2e.baseUrl}${(await firstCard.getAttribute('href')) ?? ''}`);
  await page.getByRole('heading', { name: 'Review history' }).waitFor();
  await run('card page');

  await page.goto(`${e2e.baseUrl}/settings`);
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
  await run('settings');

  await page.goto(e2e.baseUrl);
  await page.getByTestId('document-input').setInputFiles({
    name: 'clouds.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      '# Clouds\n\n## What is a cumulus?\n\nA cumulus is a puffy cloud with a flat base.\n\n' +
        '## What is a stratus?\n\nA stratus is a flat grey layer of cloud.\n\n' +
        'Kinds of cloud:\n\n- cumulus\n- stratus\n- cirrus\n',
    ),
  });
  await page.getByRole('button', { name: 'Add deck' }).waitFor();
  await run('document import preview');

  await page.goto(e2e.baseUrl);
  await page.getByTestId('document-input').setInputFiles({
    name: 'Spanish.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Term,Definition\nperro,dog\ngato,cat\n'),
  });
  await page.getByRole('region', { name: 'Check the cards from a list' }).waitFor();
  await run('card-list preview');
  return findings;
}

async function openPage(options: BrowserContextOptions): Promise<Page> {
  const context = await e2e.browser.newContext({ bypassCSP: true, ...options });
  return context.newPage();
}

function report(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.screen}: ${finding.problem}`);
}

test('axe finds no serious or critical violation on any screen', async () => {
  const page = await openPage({ viewport: { width: 1280, height: 800 } });
  const findings = await visitEveryScreen(page, (screen) => axeViolations(page, screen));
  expect(report(findings)).toEqual([]);
  await page.context().close();
}, 240_000);

test('on a 360×640 phone, no screen scrolls sideways and axe finds nothing serious', async () => {
  const page = await openPage({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const findings = await visitEveryScreen(page, async (screen) => [
    ...(await overflowingElements(page, screen)),
    ...(await axeViolations(page, screen)),
  ]);
  expect(report(findings)).toEqual([]);
  await page.context().close();
}, 240_000);

test('with text at 200% in a 640 px window, no screen scrolls sideways', async () => {
  const page = await openPage({ viewport: { width: 640, height: 800 } });
  const findings = await visitEveryScreen(page, async (screen) => {
    // What a learner's 200% text size (or a 1280 px window zoomed to 200%) does to the layout.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    return overflowingElements(page, screen);
  });
  expect(report(findings)).toEqual([]);
  await page.context().close();
}, 240_000);
