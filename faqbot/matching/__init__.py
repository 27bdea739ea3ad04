"""The matching layer: from a typed question to a decision, knowing only the content layer.

Text normalisation and everyday-word lists (`normalize`, `commonwords`, `synonyms`), fuzzy word
comparison (`fuzzy`), urgent/refer trigger phrases (`triggers`), the phrasing index (`index`),
the tuned cut-offs (`thresholds`), the engine that applies them in order (`engine`) and what it
returns (`results`). It never imports Textual or the statistics.
"""
