"""One module per `faqbot` subcommand; each has `add_arguments(parser)` and `run(args) -> int`."""
