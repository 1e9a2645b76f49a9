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
]
