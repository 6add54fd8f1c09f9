// Versioned schema migrations. Each runs once, in order, inside one transaction together with
// the `meta.schema_version` bump, so a database is always at exactly one version.

import type { Database } from 'better-sqlite3';

export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,          -- content hash of the text
        title TEXT, url TEXT, date TEXT, source TEXT,
        text TEXT NOT NULL,
        record BLOB NOT NULL,             -- the rasd/1 record without "text": JSON, raw-DEFLATE compressed
        pipeline TEXT NOT NULL,           -- pipeline version that made the record
        n_tokens INTEGER NOT NULL,
        n_events INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        analyzed_at TEXT NOT NULL
      );
      CREATE INDEX documents_date ON documents(date);
      CREATE INDEX documents_source ON documents(source);
      CREATE INDEX documents_pipeline ON documents(pipeline);
      CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,
        doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL,
        date TEXT,
        actors TEXT NOT NULL,             -- |IRQ|IRQ:MIL| country and country:sector keys
        recipients TEXT NOT NULL,
        locations TEXT NOT NULL,          -- |normalised names|canonical names|countries|
        sentence_text TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX events_doc ON events(doc_rowid);
      CREATE INDEX events_type_date ON events(type, date);
      CREATE INDEX events_date ON events(date);
      -- Normalised text (normalize() of title and body) and the clitic-split segments, so
      -- العراقيَّة finds العراقية and العراق finds والعراق.
      CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, seg, tokenize = 'unicode61 remove_diacritics 0');
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Reads the schema version; 0 for an empty database. Throws for a database that is not ours. */
export function currentVersion(db: Database): number {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  if (tables.length === 0) return 0;
  if (!tables.includes('meta')) throw new Error('not a Rasd store (an SQLite database without a meta table)');
  const v = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).pluck().get() as string | undefined;
  if (v === undefined) throw new Error('not a Rasd store (no schema_version in meta)');
  return Number(v);
}

/** Applies every pending migration, each in its own transaction. */
export function migrate(db: Database): number {
  let v = currentVersion(db);
  if (v > SCHEMA_VERSION) throw new Error(`store schema version ${v} is newer than this rasd understands (${SCHEMA_VERSION}); upgrade rasd`);
  for (const m of MIGRATIONS) {
    if (m.version <= v) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare(`INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(String(m.version));
    })();
    v = m.version;
  }
  return v;
}
