-- eventscribe database schema, version 4 (DuckDB). Every table and column is documented in
-- docs/schema.md; a test keeps the two in step. Offsets ("start", "end", *_start, *_end) are
-- Python string offsets into articles.text. Dates are calendar dates; timestamps are UTC.

CREATE TABLE schema_version (
    version INTEGER NOT NULL,
    created TIMESTAMP NOT NULL
);

CREATE SEQUENCE run_ids START 1;

CREATE TABLE runs (
    id INTEGER PRIMARY KEY DEFAULT nextval('run_ids'),
    version VARCHAR NOT NULL,
    config JSON,
    inputs JSON,
    started TIMESTAMP NOT NULL,
    finished TIMESTAMP,
    counts JSON,
    status VARCHAR NOT NULL
);

CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    published DATE,
    title VARCHAR,
    source VARCHAR,
    url VARCHAR,
    origin VARCHAR,
    dateline VARCHAR,
    language VARCHAR,
    text VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    meta JSON,
    duplicate_of VARCHAR,
    run_id INTEGER,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE article_signatures (
    content_hash VARCHAR PRIMARY KEY,
    recipe VARCHAR NOT NULL,
    signature BLOB NOT NULL
);

CREATE TABLE paragraphs (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind VARCHAR NOT NULL
);

CREATE TABLE sentences (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    coded BOOLEAN NOT NULL
);

CREATE TABLE actors (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    country VARCHAR,
    sector VARCHAR,
    code VARCHAR,
    role VARCHAR,
    first_seen DATE,
    last_seen DATE
);

CREATE TABLE actor_forms (
    actor_id VARCHAR NOT NULL,
    form VARCHAR NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (actor_id, form)
);

CREATE TABLE actor_roles (
    id VARCHAR PRIMARY KEY,
    actor_id VARCHAR NOT NULL,
    title VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    code VARCHAR,
    valid_from DATE,
    valid_to DATE,
    source VARCHAR NOT NULL,
    evidence VARCHAR,
    article_id VARCHAR,
    first_seen DATE,
    last_seen DATE
);

CREATE SEQUENCE correction_ids START 1;

CREATE TABLE actor_corrections (
    id INTEGER PRIMARY KEY DEFAULT nextval('correction_ids'),
    kind VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    into_id VARCHAR NOT NULL,
    form VARCHAR,
    name VARCHAR,
    created TIMESTAMP NOT NULL,
    reason VARCHAR,  -- why the registry merged them by itself; null: a user's correction
    articles VARCHAR[],  -- the articles whose rows an automatic merge moved (to undo it)
    was VARCHAR  -- the merged actor's registry row (JSON), to restore it
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    actor_id VARCHAR,
    kind VARCHAR NOT NULL
);

-- the unnamed participants of each article's lead ("hackers", "a technician", "the school")
CREATE TABLE participants (
    article_id VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    noun VARCHAR NOT NULL
);

-- the story each original article is a report of (eventscribe.stories): its first report's id
CREATE TABLE stories (
    article_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL
);

CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    event_date DATE,
    date_end DATE,
    date_precision VARCHAR NOT NULL,
    date_expression VARCHAR,
    published DATE,
    source_actor_id VARCHAR,
    source_name VARCHAR,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_code VARCHAR,
    source_text VARCHAR,
    source_start INTEGER,
    source_end INTEGER,
    target_actor_id VARCHAR,
    target_name VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_code VARCHAR,
    target_text VARCHAR,
    target_start INTEGER,
    target_end INTEGER,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    cameo_name VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    place_name VARCHAR,
    place_country VARCHAR,
    place_admin1 VARCHAR,
    place_lat DOUBLE,
    place_lon DOUBLE,
    place_gazetteer_id VARCHAR,
    place_precision VARCHAR,
    place_text VARCHAR,
    modality VARCHAR NOT NULL,
    attribution VARCHAR,
    evidence_sentence VARCHAR NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    trigger VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    confidence DOUBLE,
    pattern VARCHAR,
    cluster_id VARCHAR,
    fatalities INTEGER,
    fatalities_qualifier VARCHAR,
    fatalities_attribution VARCHAR,
    injured INTEGER,
    injured_qualifier VARCHAR,
    arrested INTEGER,
    arrested_qualifier VARCHAR,
    event_type VARCHAR,
    sub_event_type VARCHAR,
    civilian_targeting BOOLEAN
);

CREATE TABLE clusters (
    id VARCHAR PRIMARY KEY,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    cameo_name VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    modality VARCHAR NOT NULL,
    source_actor_id VARCHAR,
    source_name VARCHAR,
    source_country VARCHAR,
    source_code VARCHAR,
    target_actor_id VARCHAR,
    target_name VARCHAR,
    target_country VARCHAR,
    target_code VARCHAR,
    event_date DATE,
    date_precision VARCHAR,
    date_from DATE,
    date_to DATE,
    place_name VARCHAR,
    place_country VARCHAR,
    place_lat DOUBLE,
    place_lon DOUBLE,
    place_precision VARCHAR,
    n_mentions INTEGER NOT NULL,
    n_articles INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    first_seen DATE,
    last_seen DATE,
    best_event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    evidence_sentence VARCHAR NOT NULL,
    fatalities INTEGER,
    injured INTEGER,
    event_type VARCHAR,
    sub_event_type VARCHAR
);

CREATE TABLE numbers (
    article_id VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    value BIGINT,
    qualifier VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    attribution VARCHAR,
    victims VARCHAR,
    place_name VARCHAR,
    place_country VARCHAR
);

CREATE SEQUENCE reject_ids START 1;

CREATE TABLE rejects (
    id BIGINT PRIMARY KEY DEFAULT nextval('reject_ids'),
    run_id INTEGER,
    input VARCHAR NOT NULL,
    location VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    "at" TIMESTAMP NOT NULL,
    UNIQUE (location, reason)
);
