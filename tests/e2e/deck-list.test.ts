import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

test('the four bundled decks are listed, and a deck page shows its cards', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(baseUrl);
  const titles = page.getByRole('heading', { level: 2 });
  await titles.first().waitFor();
  expect(await titles.allTextContents()).toEqual([
    'Business Process Outsourcing (BPO)',
    'İş Süreci Dış Kaynak Kullanımı (BPO)',
    'Rozdiel medzi BPO a KPO',
    'Knowledge Process Outsourcing (KPO)',
  ]);

  await page.getByRole('link', { name: 'Rozdiel medzi BPO a KPO' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rozdiel medzi BPO a KPO' }).waitFor();
  expect(page.url()).toBe(`${baseUrl}/decks/bpo-vs-kpo-sk`);
  const comparison = page.getByRole('listitem').filter({ hasText: 'KPO — vyžaduje?' });
  const sides = comparison.getByRole('definition');
  await expect(sides.nth(1).textContent()).resolves.toBe('Špecializované vedomosti');
  await expect(sides.first().getAttribute('lang')).resolves.toBe('sk');
});
