"""The web page: the same content, engine, safety rules and outcome counts as the kiosk, on a
patient's own phone (`faqbot web`). A Starlette app (`app`), its pages (`pages`), forms and
their limits (`forms`), settings (`settings`), content reloading (`livecontent`), its security
middleware (`guard`), what each outcome shows (`outcomes`, `templates/`), the phone's static files
(`static/`) and the QR code (`qr`). Uses matching, stats and content; never Textual, never YAML:
the command layer loads the content and hands the app a `load` callable, as for the kiosk."""
