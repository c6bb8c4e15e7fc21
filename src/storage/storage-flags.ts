/**
 * The `storageFlags` table (schema version 16): flags about how this device stores things, not
 * what it stores, so never in backups. One so far: {@link COLUMNS_FLAG}.
 */

/** The table's name. */
export const STORAGE_FLAGS = 'storageFlags';

/**
 * Set in the transaction that stores the first block of answers by column (block-columns.ts):
 * the database may hold such blocks, so their decoder loads as it opens. Never deleted.
 */
export const COLUMNS_FLAG = 'logBlocks.columns';

export interface StorageFlagRecord {
  key: string;
}
