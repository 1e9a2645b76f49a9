import { knownSpellings } from '../../core/news/agencies'

/** SQL text for a string value (single quotes doubled): only for the fixed table below, never for user values. */
const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`

/**
 * Migration 5's normalisation of the agency names already stored, as a CASE over the spellings the agency table
 * knows (compared lower case, as SQLite's lower() folds ASCII). New imports use the full folding of
 * core/news/agencies.ts; this only brings rows stored before it to the same names. A spelling added to the table
 * later changes this text harmlessly: it runs only on libraries older than 5 (a library already at 5 keeps the names
 * it stored, and a later migration can bring it the new ones).
 */
const CANONICAL_SOURCE = `CASE lower(trim(source)) ${knownSpellings()
  .map((k) => `WHEN ${sqlString(k.spelling)} THEN ${sqlString(k.name)}`)
  .join(' ')} ELSE trim(source) END`

/** The stored article's created timestamp, its offset given a colon ("+0000" → "+00:00") so SQLite can read it. */
const CREATED = `(SELECT CASE WHEN c GLOB '*[+-][0-9][0-9][0-9][0-9]' THEN substr(c, 1, length(c) - 2) || ':' || substr(c, -2) ELSE c END
  FROM (SELECT json_extract(v.article, '$.created') AS c FROM story_version v WHERE v.id = story.latest_version_id))`
const DATELINE_DATE = `(SELECT json_extract(v.article, '$.dateline.date') FROM story_version v WHERE v.id = story.latest_version_id)`

/**
 * The schema, as an append-only list. Migration N brings a database from user_version N-1 to N.
 * Never edit a migration that has shipped; add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: the first tables of the data model */ `
  CREATE TABLE story (
    id TEXT PRIMARY KEY,
    agency_id TEXT,
    text_hash TEXT NOT NULL,
    headline TEXT,
    source TEXT,
    dateline TEXT,
    format TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'in_review', 'checked')),
    open_findings INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    latest_version_id TEXT
  ) STRICT;
  CREATE UNIQUE INDEX story_agency_id ON story(agency_id) WHERE agency_id IS NOT NULL;
  CREATE INDEX story_text_hash ON story(text_hash);
  CREATE INDEX story_imported_at ON story(imported_at DESC, id);

  CREATE TABLE story_version (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    agency_version TEXT,
    content_hash TEXT NOT NULL,
    file_name TEXT,
    original BLOB,
    article TEXT NOT NULL,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (story_id, number)
  ) STRICT;
  CREATE INDEX story_version_hash ON story_version(story_id, content_hash);

  CREATE TABLE person (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX person_name ON person(name);

  CREATE TABLE annotation (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES story_version(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('quote', 'claim', 'speaker', 'credit', 'note')),
    origin TEXT NOT NULL CHECK (origin IN ('auto', 'editor')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    status TEXT,
    decision TEXT CHECK (decision IN ('accepted', 'rejected')),
    speaker TEXT,
    person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
    attribution TEXT,
    cue TEXT,
    note TEXT,
    evidence TEXT NOT NULL DEFAULT '[]',
    suggestion_id TEXT,
    anchor TEXT NOT NULL DEFAULT 'exact' CHECK (anchor IN ('exact', 'moved', 'changed', 'orphaned')),
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start >= 0 AND "end" >= start)
  ) STRICT;
  CREATE INDEX annotation_story ON annotation(story_id, version_id);

  CREATE TABLE event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    story_id TEXT,
    subject_id TEXT,
    detail TEXT NOT NULL DEFAULT '{}'
  ) STRICT;
  CREATE INDEX event_story ON event(story_id, id);

  CREATE VIRTUAL TABLE story_fts USING fts5(
    headline, body, story_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  `,
  /* 2: the desk's dismissed findings (the finding key is its rule and the words it is about) */ `
  CREATE TABLE dismissed_finding (
    story_id TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    reason TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (story_id, key)
  ) STRICT;
  CREATE INDEX annotation_suggestion ON annotation(suggestion_id) WHERE suggestion_id IS NOT NULL;
  `,
  /* 3: the library at scale: quotes of each story's latest version (people across stories), full-text search over
     quotes and notes, quote wording changed between versions, and indexes for sorting and filtering the list */ `
  CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES story_version(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    norm TEXT NOT NULL,
    head TEXT NOT NULL,
    tail TEXT NOT NULL,
    speaker TEXT,
    speaker_key TEXT,
    description TEXT,
    attribution TEXT NOT NULL
  ) STRICT;
  CREATE INDEX quote_story ON quote(story_id);
  CREATE INDEX quote_speaker ON quote(speaker_key, story_id) WHERE speaker_key IS NOT NULL;
  CREATE INDEX quote_norm ON quote(norm);
  CREATE INDEX quote_head ON quote(head);
  CREATE INDEX quote_tail ON quote(tail);
  CREATE TABLE quote_indexed (
    story_id TEXT PRIMARY KEY REFERENCES story(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL
  ) STRICT;
  CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, speaker, content = 'quote', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
    INSERT INTO quote_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
  END;
  CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
  END;
  CREATE TRIGGER quote_fts_update AFTER UPDATE ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO quote_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
  END;

  CREATE TABLE quote_revision (
    id INTEGER PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
    old_version_id TEXT NOT NULL REFERENCES story_version(id) ON DELETE CASCADE,
    new_version_id TEXT NOT NULL REFERENCES story_version(id) ON DELETE CASCADE,
    speaker TEXT,
    old_text TEXT NOT NULL,
    new_text TEXT NOT NULL,
    similarity REAL NOT NULL
  ) STRICT;
  CREATE INDEX quote_revision_story ON quote_revision(story_id);

  CREATE VIRTUAL TABLE note_fts USING fts5(note, story_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO note_fts (rowid, note, story_id) SELECT rowid, note, story_id FROM annotation WHERE note IS NOT NULL AND note <> '';
  CREATE TRIGGER note_fts_insert AFTER INSERT ON annotation WHEN new.note IS NOT NULL AND new.note <> '' BEGIN
    INSERT INTO note_fts (rowid, note, story_id) VALUES (new.rowid, new.note, new.story_id);
  END;
  CREATE TRIGGER note_fts_delete AFTER DELETE ON annotation BEGIN
    DELETE FROM note_fts WHERE rowid = old.rowid;
  END;
  CREATE TRIGGER note_fts_update AFTER UPDATE OF note ON annotation BEGIN
    DELETE FROM note_fts WHERE rowid = old.rowid;
    INSERT INTO note_fts (rowid, note, story_id) SELECT new.rowid, new.note, new.story_id WHERE new.note IS NOT NULL AND new.note <> '';
  END;
  CREATE INDEX annotation_kind_status ON annotation(kind, status, story_id);

  INSERT INTO story_fts (story_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0, 0.0)');
  CREATE INDEX story_headline ON story(headline COLLATE NOCASE, id);
  CREATE INDEX story_source ON story(source COLLATE NOCASE, imported_at, id);
  CREATE INDEX story_dateline ON story(dateline COLLATE NOCASE, id);
  CREATE INDEX story_updated_at ON story(updated_at, id);
  CREATE INDEX story_state ON story(state, imported_at, id);
  CREATE INDEX story_open_findings ON story(open_findings, imported_at, id);
  `,
  /* 4: the library's settings (house style, the checker's name, checks switched off): one JSON value a key */ `
  CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  `,
  /* 5: the library's sources, dates and people: the agency's canonical name in source with the raw value kept beside
     it, the item's own filing date (core/article/itemDate.ts) for the list, and the people merged by hand */ `
  ALTER TABLE story ADD COLUMN source_raw TEXT;
  ALTER TABLE story ADD COLUMN item_date TEXT;
  UPDATE story SET source_raw = source, source = ${CANONICAL_SOURCE} WHERE source IS NOT NULL;
  UPDATE story SET item_date = (SELECT CASE
      WHEN c GLOB '*Z' OR c GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN strftime('%Y-%m-%dT%H:%M:%SZ', c)
      WHEN c GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][T ][0-9][0-9]:[0-9][0-9]:[0-9][0-9]*' THEN substr(c, 1, 10) || 'T' || substr(c, 12, 8)
      END FROM (SELECT ${CREATED} AS c));
  UPDATE story SET item_date = ${DATELINE_DATE} WHERE item_date IS NULL AND ${DATELINE_DATE} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';
  CREATE INDEX story_item_date ON story(item_date, id);

  CREATE TABLE person_merge (
    key TEXT PRIMARY KEY,
    into_key TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    CHECK (key <> into_key)
  ) STRICT;
  `,
  /* 6: notes for the desk only, never exported (the comments an imported Word file carried on its words) */ `
  ALTER TABLE annotation ADD COLUMN non_public INTEGER NOT NULL DEFAULT 0 CHECK (non_public IN (0, 1));
  `,
]
