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
      update_seq: number | string;
    }
    interface Options {
      auth?: { username: string; password: string };
      skip_setup?: boolean;
    }
    interface Database {
      info(): Promise<Info>;
      get<T extends object = Doc>(id: string, options?: { rev?: string }): Promise<T & Doc>;
      put(doc: Doc): Promise<Result>;
      bulkDocs(docs: readonly Doc[]): Promise<Result[]>;
      allDocs(options: {
        keys: string[];
        include_docs: boolean;
      }): Promise<{ rows: (AllDocsRow | { key: string; error: string })[] }>;
      changes(options: {
        since: number | string;
        limit: number;
        include_docs: boolean;
        conflicts: boolean;
      }): Promise<{ results: Change[]; last_seq: number | string }>;
      replicate: {
        to(target: Database, options?: { batch_size?: number }): Promise<unknown>;
        from(source: Database, options?: { batch_size?: number }): Promise<unknown>;
      };
      close(): Promise<void>;
    }
  }
  const PouchDB: new (name: string, options?: Pouch.Options) => Pouch.Database;
  export default PouchDB;
  export type { Pouch };
}
