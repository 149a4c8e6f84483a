-- The office's choice of font per printed role (title, body, heading1, heading2).
-- A missing row means "the first preferred font found on this computer".
CREATE TABLE print_font (
    role     TEXT PRIMARY KEY CHECK (role IN ('title', 'body', 'heading1', 'heading2')),
    font_key TEXT NOT NULL
);
