/**
 * Language detection with franc (trigram statistics), returned as a BCP-47 code.
 *
 * Once per document, on a bounded sample of its prose: a short screen of the start is scored
 * against the languages that have a two-letter code, and the first few hundred characters
 * decide between the screen's best candidates. Close languages (Danish and Norwegian Bokmål,
 * Slovak and Czech) stay apart, and the time does not grow with the document.
 *
 * The ranking is franc's own (its trigram models and script expressions, its distance and its
 * order), computed here rather than through `francAll`, which rebuilds a trigram object and
 * filters its ~200 models on every call: two calls per document were a fifth of the generator's
 * time. `tests/domain/generator/language.test.ts` checks the ranking against `francAll`.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** ISO 639-3 (franc's codes) → the two-letter BCP-47 code where one exists. */
const TWO_LETTER: Readonly<Record<string, string>> = {
  afr: 'af',
  als: 'sq',
  amh: 'am',
  arb: 'ar',
  azj: 'az',
  bel: 'be',
  ben: 'bn',
  bos: 'bs',
  bul: 'bg',
  cat: 'ca',
  ces: 'cs',
  cmn: 'zh',
  dan: 'da',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  epo: 'eo',
  est: 'et',
  ekk: 'et',
  eus: 'eu',
  fin: 'fi',
  fra: 'fr',
  gle: 'ga',
  glg: 'gl',
  guj: 'gu',
  hat: 'ht',
  hau: 'ha',
  heb: 'he',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  hye: 'hy',
  ibo: 'ig',
  ind: 'id',
  isl: 'is',
  ita: 'it',
  jav: 'jv',
  jpn: 'ja',
  kat: 'ka',
  kaz: 'kk',
  khk: 'mn',
  khm: 'km',
  kin: 'rw',
  kir: 'ky',
  kor: 'ko',
  lat: 'la',
  lit: 'lt',
  lvs: 'lv',
  mal: 'ml',
  mar: 'mr',
  mkd: 'mk',
  mlt: 'mt',
  mya: 'my',
  nld: 'nl',
  nno: 'nn',
  nob: 'nb',
  npi: 'ne',
  nya: 'ny',
  pan: 'pa',
  pes: 'fa',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  rus: 'ru',
  sin: 'si',
  slk: 'sk',
  slv: 'sl',
  sna: 'sn',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  sun: 'su',
  swe: 'sv',
  swh: 'sw',
  tam: 'ta',
  tat: 'tt',
  tel: 'te',
  tgk: 'tg',
  tgl: 'tl',
  tha: 'th',
  tuk: 'tk',
  tur: 'tr',
  uig: 'ug',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  xho: 'xh',
  yor: 'yo',
  zlm: 'ms',
  zul: 'zu',
};

/** Characters of prose that decide between the screen's candidates. */
const CHUNK = 400;
const CANDIDATES = 5;
/** Text shorter than this is `und`: too few trigrams to tell. */
const MIN_LENGTH = 20;
/** Characters of prose scored against every language. */
const SCREEN = 120;
/** Raw prose read at most: enough for the chunk after links and spaces are taken out. */
const SAMPLE = 4 * CHUNK;
/**
 * The languages the screen scores: those with a two-letter code. franc knows some 190, and on a
 * 120-character screen its rare ones (Scots, Sardinian, Pampanga, …) crowd out the real language
 * about as often as they win; scoring only these halves the cost of detection.
 */
export const SCREENED = Object.keys(TWO_LETTER);

/** franc's limits: text scored at most, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * The screened languages' trigram models of one script, inverted: each trigram → the languages
 * whose model has it, as pairs of (index in `codes`, rank). A text's distance to every language
 * then takes one lookup per trigram of the text, not one per trigram and language.
 */
interface ScriptModels {
  /** The script's screened languages, in franc's order. */
  codes: readonly string[];
  postings: ReadonlyMap<string, readonly number[]>;
}

function invertModels(languages: Record<string, string>): ScriptModels {
  const codes = Object.keys(languages).filter((code) => code in TWO_LETTER);
  const postings = new Map<string, number[]>();
  codes.forEach((code, index) => {
    const seen = new Set<string>();
    (languages[code] ?? '').split('|').forEach((trigram, rank) => {
      // franc keeps a trigram's first rank when a model lists it twice.
      if (seen.has(trigram)) return;
      seen.add(trigram);
      const posting = postings.get(trigram);
      if (posting) posting.push(index, rank);
      else postings.set(trigram, [index, rank]);
    });
  });
  return { codes, postings };
}

/** Per script (those franc has several languages for); one-language scripts have none. */
const MODELS: ReadonlyMap<string, ScriptModels> = new Map(
  Object.entries(data).map(([script, languages]) => [script, invertModels(languages)]),
);

/** The script most of `text`'s characters are written in, as franc names it. */
function topScript(text: string): { script: string; share: number } {
  let top = { script: '', share: -1 };
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (text.match(expression)?.length ?? 0) / text.length || 0;
    if (share > top.share) top = { script, share };
  }
  return top;
}

/** franc's trigram counts: ASCII punctuation and digits as spaces, padded, lower case. */
function trigramCounts(text: string): Map<string, number> {
  const cleaned = ` ${text
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let index = 0; index + 3 <= cleaned.length; index += 1) {
    const trigram = cleaned.slice(index, index + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * The codes of `only` (languages with a two-letter code, or a script's one language) ranked by
 * franc's trigram distance to `text`, closest first (ties in
 * franc's order); `['und']` for text shorter than `minLength` or in no candidate's script.
 *
 * @example
 * rankLanguages('Outsourcing er, når en virksomhed køber opgaver ude.', ['dan', 'nob', 'eng'], 20)
 * // ['dan', 'nob', 'eng']
 */
export function rankLanguages(value: string, only: readonly string[], minLength: number): string[] {
  if (value.length < minLength) return ['und'];
  const text = value.slice(0, MAX_LENGTH);
  const { script, share } = topScript(text);
  const models = MODELS.get(script);
  if (models === undefined) return share > 0 && only.includes(script) ? [script] : ['und'];
  const selected = models.codes.map((code) => only.includes(code));
  if (!selected.includes(true)) return ['und'];
  const counts = trigramCounts(text);
  // Every trigram a model lacks costs MAX_DIFFERENCE; those it has cost their rank's distance.
  const distances = models.codes.map(() => counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const posting = models.postings.get(trigram);
    if (posting === undefined) continue;
    for (let at = 0; at < posting.length; at += 2) {
      const language = posting[at] ?? 0;
      const rank = posting[at + 1] ?? 0;
      distances[language] =
        (distances[language] ?? 0) + Math.abs(count - rank - 1) - MAX_DIFFERENCE;
    }
  }
  return models.codes
    .map((code, index) => ({ code, distance: distances[index] ?? 0 }))
    .filter((_, index) => selected[index])
    .sort((a, b) => a.distance - b.distance)
    .map(({ code }) => code);
}
/**
 * Maps an ISO 639-3 code to BCP-47: the two-letter code where one exists, else the code itself
 * (three-letter codes are valid BCP-47); `und` stays `und`.
 *
 * @example
 * toBcp47('nob') // 'nb'
 * toBcp47('ckb') // 'ckb'
 */
export function toBcp47(iso6393: string): string {
  return TWO_LETTER[iso6393] ?? iso6393;
}

/** The start of `text` up to `CHUNK` characters, cut at a space. */
function firstChunk(text: string): string {
  if (text.length <= CHUNK) return text;
  const space = text.lastIndexOf(' ', CHUNK);
  return text.slice(0, space > CHUNK / 2 ? space : CHUNK);
}

/**
 * Detects the language of article prose; `und` when there is too little text to tell.
 *
 * @example
 * detectLanguage('Business process outsourcing (BPO) er en metode til underleverandør …') // 'da'
 */
export function detectLanguage(prose: string): string {
  const text = prose
    .slice(0, SAMPLE)
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A short screen of the text is scored against every screened language; the chunk only
  // decides between its best few candidates, which keeps detection cheap without losing the
  // close calls (Danish and Norwegian, Slovak and Czech).
  const screen = rankLanguages(text.slice(0, SCREEN), SCREENED, MIN_LENGTH)
    .slice(0, CANDIDATES)
    .filter((code) => code !== 'und');
  if (screen.length === 0) return 'und';
  const [best] = rankLanguages(firstChunk(text), screen, MIN_LENGTH);
  return toBcp47(best ?? 'und');
}
