"""The content layer: the clinic's file format and nothing above it.

Frozen dataclasses for what a content file holds (`model`), reading YAML safely with positions
(`yamlnodes`, `loader`), the shape and rule checks (`shapes`, `validate`), style warnings
(`style`), staff-facing problems (`problems`) and where the bundled file lives (`paths`).
It imports nothing else of faqbot's; every layer above may import it.
"""
