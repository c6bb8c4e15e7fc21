/**
 * The part of PouchDB's API the sync engine uses, typed here: the DefinitelyTyped package declares
 * a global `Buffer` that breaks Node's own types in the tests and CLI.
 */
declare module 'pouchdb-browser' {
  namespace Pouch {
    interface Doc {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      [field: string]: unknown;
    }
    type Result =
      | { ok: true; id: string; rev: string }
      | { error: true; id: string; status?: number; message?: string };
    interface AllDocsRow {
      id: string;
      value: { rev: string; deleted?: boolean };
      doc?: Doc | null;
    }
    interface Change {
      id: string;
      seq: number | string;
      deleted?: boolean;
      doc?: Doc & { _conflicts?: string[] };
    }
    interface Info {
      doc_count: number;
      /** Deleted documents (a server's database; the browser's own omits it). */
      doc_del_count?: number;
      update_seq: number | string;
    }
    /** A replication: settles when done, and reports each batch written meanwhile. */
    interface Replication extends Promise<unknown> {
      on(event: 'change', listener: (info: { docs_written: number }) => void): Replication;
    }
    interface Options {
      auth?: { username: string; password: string };
      skip_setup?: boolean;
    }
    interface Database {
      info(): Promise<Info>;
      /** With `revs`, the revision's history too (`_revisions`: its ids, newest first). */
      get<T extends object = Doc>(
        id: string,
        options?: { rev?: string; revs?: boolean },
      ): Promise<T & Doc & { _revisions?: { start: number; ids: string[] } }>;
      put(doc: Doc): Promise<Result>;
      bulkDocs(docs: readonly Doc[]): Promise<Result[]>;
      allDocs(options: {
        keys: string[];
        include_docs: boolean;
      }): Promise<{ rows: (AllDocsRow | { key: string; error: string })[] }>;
      /** The documents whose ids sort from `startkey` to `endkey`. */
      allDocs(options: {
        startkey: string;
        endkey: string;
        include_docs: boolean;
      }): Promise<{ rows: AllDocsRow[] }>;
      changes(options: {
        since: number | string;
        limit: number;
        include_docs: boolean;
        conflicts: boolean;
      }): Promise<{ results: Change[]; last_seq: number | string }>;
      replicate: {
        /** `since`: replicate the changes after this sequence (and checkpoint it first). */
        to(
          target: Database,
          options?: { batch_size?: number; since?: number | string },
        ): Replication;
        from(source: Database, options?: { batch_size?: number }): Replication;
      };
      close(): Promise<void>;
    }
  }
  const PouchDB: new (name: string, options?: Pouch.Options) => Pouch.Database;
  export default PouchDB;
  export type { Pouch };
}
