"""Copy stdin to stdout without Redocly CLI's Node 20 end-of-support box (`make docs`).

Redocly CLI 2.77 prints that box on every run under Node 20 and has no option or environment
variable to turn it off: it tests ``process.version``'s major only. A box is a run of lines from
one holding ``╔`` to one holding ``╚``; the one whose text names "Node.js 20" is dropped, every
other line (other boxes, warnings, errors) passes through unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

MARKER = "Node.js 20"


def without_node20_box(lines: Iterable[str]) -> Iterator[str]:
    box: list[str] = []
    for line in lines:
        if not box and "╔" not in line:
            yield line
            continue
        box.append(line)
        if "╚" in line:
            if not any(MARKER in held for held in box):
                yield from box
            box = []
    yield from box  # an unclosed box is not the banner's: keep it


def main() -> None:
    with open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False) as stdin:
        for line in without_node20_box(stdin):
            sys.stdout.write(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
