import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/**
 * A Dexie middleware below every middleware of the app that replaces some calls of the `cards`
 * table's IndexedDB layer (or of the table `tableName`): `wrap` gets the real table and returns
 * the calls it overrides.
 */
export function cardsTableMiddleware(
  name: string,
  wrap: (table: DBCoreTable) => Partial<DBCoreTable>,
  tableName = 'cards',
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    level: 0,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return name === tableName ? { ...table, ...wrap(table) } : table;
      },
    }),
  };
}
