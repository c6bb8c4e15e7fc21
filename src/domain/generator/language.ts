/**
 * Language detection with franc (trigram statistics), returned as a BCP-47 code.
 *
 * franc looks at no more than 2,048 characters of its input, and close languages (Danish and
 * Norwegian Bokmål, Slovak and Czech) can swap places on such a sample. So the prose is cut into
 * chunks, up to two of them spread over the article vote with franc's scores weighted by their
 * length, and the best total wins — more text, steadier answer, bounded time.
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

const CHUNK = 700;
const CANDIDATES = 5;
const SCREEN = 120;
const MAX_CHUNKS = 1;

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

/** Cuts text into chunks of at most `CHUNK` characters at spaces. */
function chunks(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > CHUNK) {
    const space = rest.lastIndexOf(' ', CHUNK);
    const cut = space > CHUNK / 2 ? space : CHUNK;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') out.push(rest);
  return out;
}

/** At most `MAX_CHUNKS` chunks, spread evenly over the text: a long article votes no better. */
function sampleChunks(all: readonly string[]): string[] {
  if (all.length <= MAX_CHUNKS) return [...all];
  return Array.from(
    { length: MAX_CHUNKS },
    (_, index) => all[Math.floor((index * all.length) / MAX_CHUNKS)] ?? '',
  );
}

/**
 * Detects the language of article prose; `und` when there is too little text to tell.
 *
 * @example
 * detectLanguage('Business process outsourcing (BPO) er en metode til underleverandør …') // 'da'
 */
export function detectLanguage(prose: string): string {
  const text = prose
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const totals = new Map<string, number>();
  // A short screen of the text is scored against every language; the chunks only decide
  // between its best few candidates, which keeps detection cheap without losing the close calls.
  const screen = francAll(text.slice(0, SCREEN), { minLength: 20 })
    .slice(0, CANDIDATES)
    .map(([code]) => code)
    .filter((code) => code !== 'und');
  const only = screen.length > 0 ? screen : undefined;
  for (const chunk of sampleChunks(chunks(text))) {
    const scores = francAll(chunk, only ? { minLength: 20, only } : { minLength: 20 });
    for (const [code, score] of scores) {
      if (code !== 'und') totals.set(code, (totals.get(code) ?? 0) + score * chunk.length);
    }
  }
  let best = 'und';
  let bestScore = 0;
  for (const [code, score] of totals) {
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return toBcp47(best);
}
