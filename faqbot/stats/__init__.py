"""The statistics layer: counts of outcomes in a SQLite file (`statsdb`), the kiosk-side
recorder that writes them (`recorder`), redaction of opt-in question text (`redact`), and the
staff report (`grouping`, `report`, `reportformat`). Never imports Textual or parses YAML."""
