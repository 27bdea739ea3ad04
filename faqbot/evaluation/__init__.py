"""Judging content with the engine: content-test case files (`cases`), scoring them for
`faqbot eval` (`scoring`) and the engine-aware warnings of `faqbot check` (`lint`)."""
