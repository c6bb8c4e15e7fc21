/**
 * Language detection with franc (trigram statistics), returned as a BCP-47 code.
 *
 * Once per document, on a bounded sample of its prose: a short screen of the start is scored
 * against the languages that have a two-letter code, and the first few hundred characters
 * decide between the screen's best candidates. Close languages (Danish and Norwegian Bokmål,
 * Slovak and Czech) stay apart, and the time does not grow with the document.
 */
import { francAll } from 'franc';

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
/** Characters of prose scored against every language. */
const SCREEN = 120;
/** Raw prose read at most: enough for the chunk after links and spaces are taken out. */
const SAMPLE = 4 * CHUNK;
/**
 * The languages the screen scores: those with a two-letter code. franc knows some 190, and on a
 * 120-character screen its rare ones (Scots, Sardinian, Pampanga, …) crowd out the real language
 * about as often as they win; scoring only these halves the cost of detection.
 */
const SCREENED = Object.keys(TWO_LETTER);

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
  const screen = francAll(text.slice(0, SCREEN), { minLength: 20, only: SCREENED })
    .slice(0, CANDIDATES)
    .map(([code]) => code)
    .filter((code) => code !== 'und');
  if (screen.length === 0) return 'und';
  const [best] = francAll(firstChunk(text), { minLength: 20, only: screen });
  return toBcp47(best?.[0] ?? 'und');
}
