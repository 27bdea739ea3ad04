"""The statistics layer: the port every front end reports outcomes through (`recording`), counts
of outcomes in a SQLite file (`statsdb`), the recorder that writes them (`recorder`), redaction
of opt-in question text (`redact`), and the staff report (`grouping`, `report`, `reportformat`).
Never imports Textual or parses YAML."""
