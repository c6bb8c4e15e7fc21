/**
 * The `settings` table, typed: every setting the app stores is declared here with its key and
 * the type of its value, and read through a check of that type, so a damaged or foreign value
 * reads as "not set" instead of reaching the code that uses it.
 *
 * One key scheme: `area.name`, and `area.name:deckId` for a setting of one deck. Keys of earlier
 * versions (`quiz-settings:…`, `study-priority:…`) are renamed by the schema upgrade to version 5
 * and when an older backup is imported (see {@link currentSettingKey}).
 */
import type { ExtraNewCards } from '../domain/study/extra-new-cards.ts';
import type { StudyDatabase } from './db.ts';

/** A deck's quiz options (the quiz options form). */
export interface QuizSettings {
  /** Typed answers ignore accents (off by default where accents change words, e.g. da, sk). */
  readonly ignoreAccents: boolean;
  /** Quiz answers count as FSRS reviews: wrong → Again, right → Good. */
  readonly countAsReviews: boolean;
}

/** One setting: where it is stored and how a stored value is read back. */
export interface Setting<T> {
  readonly key: string;
  /** The value if it has the setting's type, else `undefined`. */
  read(value: unknown): T | undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : undefined;
}

function quizSettings(value: unknown): Partial<QuizSettings> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as Record<string, unknown>;
  const result: { ignoreAccents?: boolean; countAsReviews?: boolean } = {};
  if (typeof stored.ignoreAccents === 'boolean') result.ignoreAccents = stored.ignoreAccents;
  if (typeof stored.countAsReviews === 'boolean') result.countAsReviews = stored.countAsReviews;
  return result;
}

function extraNewCards(value: unknown): ExtraNewCards | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { dayStart, count } = value as Record<string, unknown>;
  return typeof dayStart === 'string' && typeof count === 'number' && Number.isInteger(count)
    ? { dayStart, count }
    : undefined;
}

/** Every setting of the app. */
export const SETTINGS = {
  /** When persistent storage was asked for (ISO date); it is asked once. */
  persistRequested: {
    key: 'storage.persistRequested',
    read: (value: unknown) => (typeof value === 'string' ? value : undefined),
  } satisfies Setting<string>,
  /** The interface language chosen in Settings (a BCP 47 tag); unset: the browser's. */
  language: {
    key: 'app.language',
    read: (value: unknown) => (typeof value === 'string' ? value : undefined),
  } satisfies Setting<string>,
  /**
   * Card ids the learner asked to study first today in a deck (missed in a quiz); answering a
   * card takes it off.
   */
  studyPriority: (deckId: string): Setting<string[]> => ({
    key: `study.priority:${deckId}`,
    read: stringList,
  }),
  /** A deck's quiz options as saved; options never saved take the deck language's defaults. */
  quizOptions: (deckId: string): Setting<Partial<QuizSettings>> => ({
    key: `quiz.options:${deckId}`,
    read: quizSettings,
  }),
  /** Extra new cards of a deck for one study day ("Study more new cards today"). */
  extraNewCards: (deckId: string): Setting<ExtraNewCards> => ({
    key: `study.extraNew:${deckId}`,
    read: extraNewCards,
  }),
} as const;

/**
 * Whether the setting under `key` belongs to the collection, so sync shares it between devices
 * (a deck's quiz options), rather than to this device (its language, storage, today's study).
 */
export function isCollectionSetting(key: string): boolean {
  return key.startsWith('quiz.options:');
}

/** Keys of schema version 4 and earlier, by prefix, and the prefix they have now. */
const RENAMED_PREFIXES: readonly (readonly [before: string, now: string])[] = [
  ['quiz-settings:', 'quiz.options:'],
  ['study-priority:', 'study.priority:'],
];

/**
 * The key a setting stored under `key` by an earlier version has now (itself when unchanged).
 *
 * @example
 * currentSettingKey('study-priority:bpo-da'); // 'study.priority:bpo-da'
 */
export function currentSettingKey(key: string): string {
  for (const [before, now] of RENAMED_PREFIXES) {
    if (key.startsWith(before)) return now + key.slice(before.length);
  }
  return key;
}

/** The setting's value, `undefined` when not set or not of its type. */
export async function readSetting<T>(
  db: StudyDatabase,
  setting: Setting<T>,
): Promise<T | undefined> {
  return setting.read((await db.settings.get(setting.key))?.value);
}

/** Stores the setting's value. */
export async function writeSetting<T>(
  db: StudyDatabase,
  setting: Setting<T>,
  value: T,
): Promise<void> {
  await db.settings.put({ key: setting.key, value });
}
