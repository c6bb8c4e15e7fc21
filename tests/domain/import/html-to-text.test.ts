// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/domain/import/html-to-text.ts';

const markdown = (html: string) => htmlToMarkdown(new JSDOM(html).window.document);

describe('htmlToMarkdown', () => {
  it.each([
    [
      'the main element only, without nav, header, footer, aside, script, style and forms',
      `<html><head><title>Site</title><style>p{}</style></head><body>
        <header><a href="/">Home</a></header><nav><ul><li>Menu</li></ul></nav>
        <main><h1>Nearshoring</h1><p>Nearshoring is moving work to a <b>nearby</b> country.</p>
          <aside>Related articles</aside><form><label>Mail <input></label></form>
          <script>track()</script></main>
        <footer>© 2026</footer></body></html>`,
      '# Nearshoring\n\nNearshoring is moving work to a nearby country.\n',
    ],
    [
      'the longest article when there is no main, its own header kept',
      `<body><article><p>Short teaser.</p></article>
        <article><header><h1>LAN vs WAN</h1><p>By someone</p></header><p>A LAN is local.</p></article></body>`,
      '# LAN vs WAN\n\nBy someone\n\nA LAN is local.\n',
    ],
    [
      'lists, nested and numbered',
      `<main><h2>Benefits:</h2><ul><li>Lower cost<ul><li>wages</li></ul></li><li>Same time zone</li></ul>
        <ol><li>One</li><li>Two</li></ol></main>`,
      '## Benefits:\n\n- Lower cost\n  - wages\n- Same time zone\n\n1. One\n2. Two\n',
    ],
    [
      'a table as a Markdown table',
      `<main><table><thead><tr><th>Aspect</th><th>BPO</th><th>KPO</th></tr></thead>
        <tbody><tr><td>Work</td><td>Processes</td><td>Knowledge</td></tr></tbody></table></main>`,
      '| Aspect | BPO | KPO |\n| --- | --- | --- |\n| Work | Processes | Knowledge |\n',
    ],
    [
      'hidden elements dropped',
      `<main><p hidden>Secret</p><p style="display: none">Gone</p><p aria-hidden="true">Icon</p>
        <p>Visible.</p></main>`,
      'Visible.\n',
    ],
    [
      'the page title as heading when the article has none; line breaks kept',
      `<html><head><title>Glossary</title></head><body><p>One<br>Two</p></body></html>`,
      '# Glossary\n\nOne\nTwo\n',
    ],
    [
      'inline markup inside words joins, quotes keep their marker',
      `<main><p>un<em>usual</em> words</p><blockquote><p>Quoted.</p></blockquote></main>`,
      'unusual words\n\n> Quoted.\n',
    ],
    [
      'a navigation-only page gives nothing',
      `<body><header>Logo</header><nav><a>Home</a><a>About</a></nav><footer>©</footer></body>`,
      '',
    ],
  ])('%s', (_name, html, expected) => {
    expect(markdown(html)).toBe(expected);
  });
});
