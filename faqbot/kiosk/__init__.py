"""The Textual kiosk: the app and its one screen (`app`, `host`, `screens`), what the main area
shows (`views`, `widgets`, `hints`), dialogs, and the staff exit (`staff`, `guard`). It uses the
engine, reports outcomes through `faqbot.stats.recording`, and never parses YAML."""
