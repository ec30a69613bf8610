"""One reader per file format; each returns text laid out the way the section parser expects."""
