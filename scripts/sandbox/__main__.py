"""`python -m scripts.sandbox ...`, or `python scripts/sandbox ...` with the tool environment."""

import sys

from scripts.sandbox.cli import main

sys.exit(main(sys.argv[1:]))
