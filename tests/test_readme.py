"""Every ```python snippet of README.md runs, against a fresh sandbox started by the test.

The snippets run in README order, in one namespace (the tour's snippets go on from each other),
in a subprocess of their own with KIRIM_API_KEY and KIRIM_BASE_URL pointing at the sandbox, as
a reader who followed the README would have them. A traceback names README.md and the line.

A snippet that cannot run must say so in an HTML comment on the line before its fence,
`<!-- readme-test: skip because ... -->`; the test reports each with its reason. There are none
now, and a skip without a reason fails.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from support import ROOT

from scripts.sandbox import RunningSandbox

README = ROOT / "README.md"
FENCE = re.compile(r"^```python\s*$\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
SKIP = re.compile(r"<!-- readme-test: skip because (?P<reason>\S.*?) -->\s*$")
# Runs the snippets given in a JSON file, each compiled as README.md from its own line on, so
# that tracebacks point into the README; prints a marker after each one that ran.
RUNNER = """
import json, sys
namespace = {"__name__": "__main__"}
for snippet in json.load(open(sys.argv[1])):
    source = "\\n" * (snippet["line"] - 1) + snippet["code"]
    exec(compile(source, "README.md", "exec"), namespace)
    print(f"readme-test: snippet at line {snippet['line']} ran", flush=True)
"""


@dataclass(frozen=True)
class Snippet:
    line: int  # README line of the snippet's first line of code
    code: str
    skip_reason: str | None


def snippets(text: str) -> list[Snippet]:
    found = []
    for match in FENCE.finditer(text):
        fence_line = text.count("\n", 0, match.start()) + 1
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        skip = SKIP.search(before)
        found.append(Snippet(fence_line + 1, match.group(1), skip and skip["reason"]))
    return found


SNIPPETS = snippets(README.read_text(encoding="utf-8"))


def test_the_readme_has_python_snippets_and_skips_none_without_a_reason() -> None:
    assert len(SNIPPETS) >= 10
    text = README.read_text(encoding="utf-8")
    assert text.count("<!-- readme-test: skip") == sum(1 for s in SNIPPETS if s.skip_reason)
    skipped = [f"line {s.line}: {s.skip_reason}" for s in SNIPPETS if s.skip_reason]
    assert skipped == [], f"README snippets not run: {skipped}"


def test_the_extraction_finds_fences_and_skip_comments() -> None:
    text = "intro\n```python\nx = 1\n```\n<!-- readme-test: skip because it needs a phone -->\n"
    text += "```python\nsend()\n```\n```bash\nmake\n```\n"

    assert snippets(text) == [
        Snippet(3, "x = 1\n", None),
        Snippet(7, "send()\n", "it needs a phone"),
    ]


def test_every_readme_snippet_runs_against_a_fresh_sandbox(
    tmp_path: Path, make_sandbox: Callable[..., RunningSandbox]
) -> None:
    running = make_sandbox(
        message_status_step_seconds=0.2
    )  # sent messages move, as in `make sandbox`
    runnable = [s for s in SNIPPETS if s.skip_reason is None]
    given = tmp_path / "snippets.json"
    given.write_text(json.dumps([{"line": s.line, "code": s.code} for s in runnable]))
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("KIRIM_")
    }
    environment |= {"KIRIM_API_KEY": running.seed.api_key, "KIRIM_BASE_URL": running.base_url}

    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(given)],
        capture_output=True,
        text=True,
        timeout=90,
        env=environment,
        cwd=tmp_path,
    )

    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    ran = re.findall(r"readme-test: snippet at line (\d+) ran", result.stdout)
    assert [int(line) for line in ran] == [s.line for s in runnable]
    # The snippets did their work in the sandbox: the tour's bulk call labelled Acme's Sales.
    world = running.sandbox.world
    assert len(world.journal) > 0
    assert any(write.operation_id == "bulkLabel" for write in world.journal)
    # ...and the webhook section's receiver took the message's status events (a 2xx each; the
    # sandbox records the last answer a moment after the receiver has sent it).
    deliveries = running.sandbox.webhooks.deliveries.values()
    deadline = time.monotonic() + 10
    while any(d.status == "pending" for d in deliveries) and time.monotonic() < deadline:
        time.sleep(0.01)
    outcomes = [(d.event.type, d.status) for d in deliveries]
    assert outcomes == [("message.status", "succeeded")] * 3
