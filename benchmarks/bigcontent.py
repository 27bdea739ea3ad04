"""Write a large, valid content file (default 4.8 MB, under the 5 MB cap) for speed tests.

    PYTHONPATH=. python benchmarks/bigcontent.py OUT.yaml [--mb 4.8]

It copies the bundled content (header, rules and entries), then repeats its entries under new
ids, each copy's question and alternates made distinct by a numbered nonsense word, until the
file reaches the size asked for.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "content" / "faq.yaml"


def big_text(mb: float) -> str:
    text = SOURCE.read_text(encoding="utf-8")
    head, _, body = text.partition("\nfaqs:\n")
    entries = [e for e in re.split(r"\n(?=  - id: )", body) if e.strip()]
    out = [head, "\nfaqs:\n", *(entry.rstrip("\n") + "\n\n" for entry in entries)]
    size = sum(len(part.encode()) for part in out)
    limit = int(mb * 1_000_000)
    copy = 1  # the originals, unchanged: the file is a superset of the bundled content
    while True:
        copy += 1
        tag = f"zq{copy:05d}"
        for entry in entries:
            block = re.sub(r"(  - id: )([a-z0-9-]+)", rf"\g<1>\g<2>-{copy}", entry, count=1)
            block = re.sub(r"(question: .*?)(\?)?$", rf"\1 {tag}\2", block, count=1, flags=re.M)
            block = re.sub(r"(\n      - )(.+)", rf"\1\2 {tag}", block)
            block = block.rstrip("\n") + "\n\n"
            grown = len(block.encode())
            if size + grown > limit:
                return "".join(out)
            out.append(block)
            size += grown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--mb", type=float, default=4.8)
    args = parser.parse_args()
    Path(args.out).write_text(big_text(args.mb), encoding="utf-8")
    print(f"{args.out}: {Path(args.out).stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
