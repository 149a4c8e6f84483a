-- 公文登记 (C7): the kinds of document the office issues and the register of their numbers.

-- 文种: a body renames them and sets their prefixes (发文机关代字) and default signer. A body's
-- kinds are written by the program when it is set up, or on opening a body set up before.
-- numbering 'year' gives 三健委〔2026〕1号, 'issue' gives 第1期.
CREATE TABLE doc_kind (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    prefix     TEXT NOT NULL DEFAULT '',
    signer     TEXT NOT NULL DEFAULT '',
    numbering  TEXT NOT NULL DEFAULT 'year' CHECK (numbering IN ('year', 'issue')),
    -- The kind minutes take their numbers from: one at most.
    for_minutes INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0,
    retired    INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE UNIQUE INDEX doc_kind_minutes ON doc_kind (for_minutes) WHERE for_minutes = 1;

-- 发文登记: a number is given per kind and year in the transaction that writes the row, and the
-- row is never deleted: a number given by mistake is 作废 with its reason and stays.
-- doc_number keeps the 文号 as given, so renaming a prefix later never rewrites an issued one.
CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    kind_id     INTEGER NOT NULL REFERENCES doc_kind (id),
    year        INTEGER NOT NULL,
    number      INTEGER NOT NULL CHECK (number > 0),
    doc_number  TEXT NOT NULL,
    title       TEXT NOT NULL,
    signer      TEXT NOT NULL DEFAULT '',
    written_on  TEXT,
    main_to     TEXT NOT NULL DEFAULT '',
    copied_to   TEXT NOT NULL DEFAULT '',
    secrecy     TEXT NOT NULL DEFAULT '',
    urgency     TEXT NOT NULL DEFAULT '',
    meeting_id  INTEGER REFERENCES meeting (id),
    minutes_id  INTEGER UNIQUE REFERENCES minutes (id),
    note        TEXT NOT NULL DEFAULT '',
    voided_on   TEXT,
    void_reason TEXT NOT NULL DEFAULT '',
    revoked_on  TEXT,
    revoke_kind TEXT CHECK (revoke_kind IN ('revoked', 'abolished')),
    UNIQUE (kind_id, year, number),
    CHECK ((revoked_on IS NULL) = (revoke_kind IS NULL))
);
CREATE INDEX document_year ON document (year, id);

-- The issued file and anything sent with it, kept in the data folder.
CREATE TABLE document_file (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id),
    file_name   TEXT NOT NULL,
    stored_path TEXT NOT NULL,
    size        INTEGER NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX document_file_document ON document_file (document_id) WHERE deleted_at IS NULL;
