/**
 * The app's translator: a few dozen lines doing what the app used from i18next (~13 KiB gzip on
 * the first page), and no more. Nested keys (`study.summary.title`), `{{name}}` interpolation
 * without HTML escaping (React escapes when it renders text), plurals by `_one`/`_other`… suffix
 * keys chosen with the language's `Intl.PluralRules` when a `count` is passed, and a missing key
 * shown as the key itself so untranslated text stays visible rather than blank.
 */

/** A tree of strings: what an `en-*.ts` file exports. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** Every dotted path to a string in `T`, e.g. `'study.summary.title'`. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** `'decks.cards'` for the group `decks.cards_one` / `decks.cards_other`. */
type PluralGroups<Key> = Key extends `${infer Group}_${Intl.LDMLPluralRule}` ? Group : never;

/** The keys `t` accepts for `Messages`: every string's path, and each plural group's path. */
export type MessageKey<Messages> = Leaves<Messages> | PluralGroups<Leaves<Messages>>;

/** Values for a message's `{{name}}` placeholders; a `count` also picks the plural form. */
export interface TranslateOptions {
  readonly count?: number;
  readonly [name: string]: string | number | null | undefined;
}

/** Any part of `T`, however deep: what a lazily loaded screen adds to the messages. */
export type PartialTree<T> = T extends string ? T : { readonly [K in keyof T]?: PartialTree<T[K]> };

/** Plural forms English does not have but other languages do (Slovak `_few`, `_many`). */
type OtherPluralKey = `${string}_${'zero' | 'two' | 'few' | 'many'}`;

/**
 * Another language's version of the English strings `T`: every key, any wording, plus the
 * plural forms that language has and English lacks.
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
} & { readonly [K in OtherPluralKey]?: string };

export interface Translator<Messages> {
  /** The language's BCP 47 tag, for `Intl` formatters. */
  readonly language: string;
  /** The message at `key` with its placeholders filled in; the key itself when there is none. */
  readonly t: (key: MessageKey<Messages>, options?: TranslateOptions) => string;
  /** Adds (merges in) messages, e.g. a lazily loaded screen's strings. */
  readonly addMessages: (messages: PartialTree<Messages> | MessageTree) => void;
  /** Switches to `language`, whose messages replace all there were. */
  readonly setLanguage: (language: string, messages: readonly MessageTree[]) => void;
  /** Calls `listener` after each language switch; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
}

const PLACEHOLDER = /{{(.+?)}}/g;

function lookUp(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) {
      return undefined;
    }
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

// Copies as it merges, so adding messages never changes the objects the `en-*.ts` modules export.
function merge(target: Record<string, unknown>, source: object): void {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'string') {
      target[key] = value;
      continue;
    }
    const existing = target[key];
    const branch =
      typeof existing === 'object' && existing !== null ? existing : (target[key] = {});
    merge(branch as Record<string, unknown>, value as object);
  }
}

// A placeholder with no value given stays as written, so the gap shows; one given as
// undefined or null is left empty (both as i18next did).
function interpolate(message: string, options: TranslateOptions): string {
  return message.replace(PLACEHOLDER, (placeholder, name: string) => {
    const variable = name.trim();
    if (!Object.hasOwn(options, variable)) return placeholder;
    const value = options[variable];
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * A translator for `language`. `Messages` are all the messages there will be (the keys `t`
 * accepts); `messages` may be only part of them, the rest added later with `addMessages`.
 *
 * @param warn Called once per missing key (the app passes `console.warn` in development only).
 * @example
 * const { t } = createTranslator('en', { decks: { cards_one: '{{count}} card', cards_other: '{{count}} cards' } });
 * t('decks.cards', { count: 1 }); // '1 card'
 * t('decks.cards', { count: 0 }); // '0 cards'
 */
export function createTranslator<Messages extends MessageTree>(
  language: string,
  messages: PartialTree<Messages>,
  warn?: (message: string) => void,
): Translator<Messages> {
  let tree: Record<string, unknown> = {};
  merge(tree, messages);
  let plurals = new Intl.PluralRules(language);
  const warned = new Set<string>();
  const listeners = new Set<() => void>();

  const t = (key: string, options: TranslateOptions = {}): string => {
    // The plural form's key first (`decks.cards_few`), then `_other` when a language's file
    // lacks that form, then the key itself.
    const message =
      (options.count === undefined
        ? undefined
        : (lookUp(tree as MessageTree, `${key}_${plurals.select(options.count)}`) ??
          lookUp(tree as MessageTree, `${key}_other`))) ?? lookUp(tree as MessageTree, key);
    if (message === undefined) {
      if (warn !== undefined && !warned.has(key)) {
        warned.add(key);
        warn(`i18n: no message for the key "${key}" in "${translator.language}"`);
      }
      return key;
    }
    return interpolate(message, options);
  };

  const translator = {
    language,
    t,
    addMessages: (more: object) => {
      merge(tree, more);
    },
    setLanguage: (next: string, all: readonly MessageTree[]) => {
      const replacement: Record<string, unknown> = {};
      for (const part of all) merge(replacement, part);
      tree = replacement;
      plurals = new Intl.PluralRules(next);
      translator.language = next;
      warned.clear();
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return translator;
}
