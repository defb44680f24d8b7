-- Kronika knowledge base, PostgreSQL dialect. The SQLite migration defines the same logical schema;
-- only types and the full-text index differ. See docs/KNOWLEDGE_BASE.md.

-- One row per stored document. `id` is the input's id or the content hash; `content_hash` decides
-- whether a re-ingested document changed. `lemmas` is the search text built from the tokens' lemmas.
CREATE TABLE documents (
  seq          BIGSERIAL PRIMARY KEY,
  id           TEXT    NOT NULL UNIQUE,
  content_hash TEXT    NOT NULL,
  lang         TEXT,
  date         TEXT,
  day          TEXT,
  title        TEXT,
  url          TEXT,
  publisher    TEXT,
  credits      TEXT    NOT NULL,
  origin_path  TEXT,
  origin_line  INTEGER,
  layers       TEXT    NOT NULL,
  text         TEXT    NOT NULL,
  contract     TEXT    NOT NULL,
  lemmas       TEXT    NOT NULL,
  minhash      BYTEA    NOT NULL,
  dup_group    TEXT    NOT NULL,
  origin_key   TEXT    NOT NULL,
  origin_name  TEXT    NOT NULL,
  lemmas_tsv   TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', lemmas)) STORED
);
CREATE INDEX documents_lemmas_tsv ON documents USING GIN (lemmas_tsv);
CREATE INDEX documents_day ON documents(day);
CREATE INDEX documents_dup_group ON documents(dup_group);

-- publisher and credits, lower-cased, for the `source` filter
CREATE TABLE document_sources (
  doc_seq BIGINT NOT NULL,
  name    TEXT    NOT NULL,
  role    TEXT    NOT NULL
);
CREATE INDEX document_sources_name ON document_sources(name);
CREATE INDEX document_sources_doc ON document_sources(doc_seq);

-- locality-sensitive hash bands of the first document of each near-duplicate group
CREATE TABLE dup_bands (
  band    BIGINT  NOT NULL,
  doc_seq BIGINT NOT NULL
);
CREATE INDEX dup_bands_band ON dup_bands(band);
CREATE INDEX dup_bands_doc ON dup_bands(doc_seq);

-- full-text search: documents.lemmas_tsv (GIN), built with the 'simple' configuration because
-- the lemmas are already ours; PostgreSQL has no Polish stemmer to apply.

-- entities consolidated across documents: key is code:<CODE> or name:<type>:<lower-cased name>
CREATE TABLE entities (
  id      TEXT PRIMARY KEY,
  key     TEXT NOT NULL UNIQUE,
  name_key TEXT NOT NULL,
  type    TEXT,
  name    TEXT,
  code    TEXT,
  country TEXT,
  role    TEXT
);
CREATE INDEX entities_code ON entities(code);
CREATE INDEX entities_name_key ON entities(name_key);

-- a document's own entity ids (E1, E2…) mapped to consolidated entities
CREATE TABLE document_entities (
  doc_seq   BIGINT NOT NULL,
  local_id  TEXT    NOT NULL,
  entity_id TEXT    NOT NULL,
  name      TEXT,
  type      TEXT,
  PRIMARY KEY (doc_seq, local_id)
);
CREATE INDEX document_entities_entity ON document_entities(entity_id);

CREATE TABLE mentions (
  doc_seq      BIGINT NOT NULL,
  entity_id    TEXT    NOT NULL,
  local_id     TEXT    NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT,
  form         TEXT
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_doc ON mentions(doc_seq);

-- independent origins (see docs/KNOWLEDGE_BASE.md, "Origin rule")
CREATE TABLE origins (
  key  TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
);

-- event reports: one row per event of one document
CREATE TABLE events (
  seq           BIGSERIAL PRIMARY KEY,
  doc_seq       BIGINT NOT NULL,
  doc_id        TEXT    NOT NULL,
  local_id      TEXT    NOT NULL,
  event_key     TEXT    NOT NULL UNIQUE,
  type          TEXT    NOT NULL,
  mode          TEXT,
  time          TEXT,
  time_start    TEXT,
  time_end      TEXT,
  day           TEXT,
  month         TEXT,
  week          TEXT,
  factuality    TEXT,
  confidence    DOUBLE PRECISION,
  location_id   TEXT,
  trigger_text  TEXT,
  trigger_lemma TEXT,
  trigger_start INTEGER,
  trigger_end   INTEGER,
  attribution   TEXT    NOT NULL,
  evidence      TEXT    NOT NULL,
  origin_key    TEXT    NOT NULL,
  cluster_id    TEXT    NOT NULL
);
CREATE INDEX events_type_day ON events(type, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_doc ON events(doc_seq);

-- actors and recipients of an event, as consolidated entity ids
CREATE TABLE event_roles (
  event_seq BIGINT NOT NULL,
  entity_id TEXT    NOT NULL,
  role      TEXT    NOT NULL,
  position  INTEGER NOT NULL
);
CREATE INDEX event_roles_entity ON event_roles(entity_id, role);
CREATE INDEX event_roles_event ON event_roles(event_seq);

-- real-world events: reports clustered by type, participants and time
CREATE TABLE clusters (
  id         TEXT PRIMARY KEY,
  ordinal    BIGINT  NOT NULL,
  type       TEXT    NOT NULL,
  mode       TEXT,
  time_start TEXT,
  time_end   TEXT,
  first_day  TEXT,
  last_day   TEXT,
  reports    INTEGER NOT NULL
);
CREATE INDEX clusters_type ON clusters(type);

CREATE TABLE cluster_entities (
  cluster_id TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  role       TEXT NOT NULL,
  PRIMARY KEY (cluster_id, entity_id, role)
);
CREATE INDEX cluster_entities_entity ON cluster_entities(entity_id, role);
