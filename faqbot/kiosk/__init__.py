"""The Textual kiosk: the app and its one screen (`app`, `screens`), what the main area shows
(`views`, `widgets`, `hints`), dialogs, the staff exit (`staff`, `guard`) and the port through
which outcomes are reported (`recording`). It uses the engine and never parses YAML."""
