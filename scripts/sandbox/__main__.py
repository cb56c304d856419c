"""`python scripts/sandbox ...` and `python -m sandbox ...` (with scripts/ on the path)."""

import sys
from pathlib import Path

# Run as a directory, Python puts scripts/sandbox itself on the path; the package needs its
# parent, scripts/, so that `import sandbox` works.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sandbox.cli import main

sys.exit(main(sys.argv[1:]))
