"""Every ```python snippet of README.md runs, against a fresh sandbox started by the test.

The snippets run in README order, in one namespace (the tour's snippets go on from each other),
in a subprocess of their own with KIRIM_API_KEY and KIRIM_BASE_URL pointing at the sandbox, as
a reader who followed the README would have them. A traceback names README.md and the line.

A comment on a `print(...)` line shows what that line prints: the text before any `;` must
equal the printed line (`…` stands for any text, such as a request id), and the test checks
it. Every snippet must also paste into the Python REPL as it is (a block ends with a blank line
before the next statement, and has no blank line inside), which is checked without running it.

The snippets, in order as one module, also pass `mypy --strict`.

A snippet that cannot run must say so in an HTML comment on the line before its fence,
`<!-- readme-test: skip because ... -->`; the test reports each with its reason. There are none
now, and a skip without a reason fails.
"""

from __future__ import annotations

import code
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import ROOT

from scripts.sandbox import RunningSandbox

README = ROOT / "README.md"
FENCE = re.compile(r"^```python\s*$\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
SKIP = re.compile(r"<!-- readme-test: skip because (?P<reason>\S.*?) -->\s*$")
# A print line's comment: what the line prints, up to an optional `;` and explanation.
SHOWN_OUTPUT = re.compile(r"^\s*print\(.*\)\s+#\s+(?P<shown>[^;]*?)\s*(;.*)?$")
# Runs the snippets given in a JSON file, each compiled as README.md from its own line on, so
# that tracebacks point into the README; prints a marker after each one that ran. Their
# `print` also records what each README line printed, into the JSON file given second.
RUNNER = """
import builtins, json, sys
printed = []
def readme_print(*args, sep=" ", end="\\n", file=None, flush=False):
    builtins.print(*args, sep=sep, end=end, file=file, flush=flush)
    caller = sys._getframe(1)
    if file is None and caller.f_code.co_filename == "README.md":
        text = (" " if sep is None else sep).join(str(arg) for arg in args)
        printed.append({"line": caller.f_lineno, "text": text})
namespace = {"__name__": "__main__", "print": readme_print}
for snippet in json.load(open(sys.argv[1])):
    source = "\\n" * (snippet["line"] - 1) + snippet["code"]
    exec(compile(source, "README.md", "exec"), namespace)
    print(f"readme-test: snippet at line {snippet['line']} ran", flush=True)
json.dump(printed, open(sys.argv[2], "w"))
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


def shown_outputs(snippet: Snippet) -> dict[int, str]:
    """README line → the output its print line's comment shows."""
    return {
        snippet.line + offset: match["shown"]
        for offset, text in enumerate(snippet.code.splitlines())
        if (match := SHOWN_OUTPUT.match(text))
    }


def matches(shown: str, printed: str) -> bool:
    """Whether a printed line is what a comment shows, `…` standing for any text."""
    pattern = ".*".join(re.escape(part) for part in shown.split("…"))
    return re.fullmatch(pattern, printed) is not None


class PasteIntoRepl(code.InteractiveConsole):
    """Python's REPL, fed line by line, that compiles each statement but runs nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.statements = 0
        self.errors: list[str] = []

    def runcode(self, code: object) -> None:
        self.statements += 1

    def showsyntaxerror(self, filename: str | None = None, **kwargs: object) -> None:
        self.errors.append(f"line {len(self.buffer)}: {sys.exc_info()[1]}")


def repl_errors(source: str) -> list[str]:
    console = PasteIntoRepl()
    for line in source.splitlines():
        console.push(line)
    console.push("")  # the paste ends; a block still open is closed by an empty line
    if console.statements == 0:
        console.errors.append("no statement ran")
    return console.errors


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
    outputs = tmp_path / "printed.json"
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("KIRIM_")
    }
    environment |= {"KIRIM_API_KEY": running.seed.api_key, "KIRIM_BASE_URL": running.base_url}

    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(given), str(outputs)],
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
    # What each print line's comment shows is what it printed (the first time it ran).
    printed: dict[int, str] = {}
    for output in json.loads(outputs.read_text()):
        printed.setdefault(output["line"], output["text"])
    shown = {line: text for s in runnable for line, text in shown_outputs(s).items()}
    assert len(shown) >= 5
    wrong = [
        f"README.md:{line}: the comment shows {text!r}, the line printed {printed.get(line)!r}"
        for line, text in shown.items()
        if line not in printed or not matches(text, printed[line])
    ]
    assert wrong == []


def test_output_comments_are_read_as_the_text_before_any_semicolon() -> None:
    snippet = Snippet(
        10, 'x = 1  # not output\nprint(x)  # 1; and why\nprint("a")  # req_…\n', None
    )

    assert shown_outputs(snippet) == {11: "1", 12: "req_…"}
    assert matches("req_…", "req_01HXYZ") and not matches("req_…", "lbl_01HXYZ")
    assert not matches("1", "10")


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda s: f"line-{s.line}")
def test_every_snippet_pastes_into_the_python_repl_as_it_is(snippet: Snippet) -> None:
    assert repl_errors(snippet.code) == []


def test_the_repl_check_finds_what_breaks_a_paste() -> None:
    assert repl_errors("for x in []:\n    pass\nprint(1)\n") != []  # no blank line after
    assert repl_errors("def f():\n    a = 1\n\n    return a\n") != []  # blank line inside
    assert repl_errors("for x in []:\n    pass\n\nprint(1)\n") == []


def test_no_table_is_split_in_two_by_a_blank_line() -> None:
    # Markdown ends a table at a blank line: the rows after it would render as a new table
    # without a header, or as text.
    text = README.read_text(encoding="utf-8")
    split = [
        f"README.md:{text.count(chr(10), 0, match.start()) + 2}"
        for match in re.finditer(r"^\|.*\|\n\s*\n(?=\|)", text, re.MULTILINE)
    ]
    assert split == []


def override_mismatches(source: str) -> list[str]:
    """Methods of the snippet's classes whose parameters are not named as in the base class
    they override (pyright's reportIncompatibleMethodOverride; mypy lets ``*args`` pass).

    Bases are resolved through the snippet's own ``from module import Name`` lines.
    """
    import ast
    import importlib
    import inspect

    tree = ast.parse(source)
    imported: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            module = importlib.import_module(node.module)
            for alias in node.names:
                if hasattr(module, alias.name):
                    imported[alias.asname or alias.name] = getattr(module, alias.name)
    found = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        bases = [imported[b.id] for b in cls.bases if isinstance(b, ast.Name) and b.id in imported]
        for method in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
            for base in bases:
                overridden = getattr(base, method.name, None)
                if not inspect.isfunction(overridden):
                    continue
                wanted = [
                    p.name
                    for p in inspect.signature(overridden).parameters.values()
                    if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
                ]
                given = [a.arg for a in method.args.posonlyargs + method.args.args]
                if given[: len(wanted)] != wanted:
                    found.append(f"{cls.name}.{method.name}({', '.join(given)}): {wanted}")
    return found


def test_readme_classes_override_their_bases_methods_with_the_same_parameters() -> None:
    mismatches = [m for s in SNIPPETS for m in override_mismatches(s.code)]

    assert mismatches == []


def test_the_override_check_finds_a_parameter_left_out() -> None:
    source = (
        "from http.server import BaseHTTPRequestHandler\n"
        "class Quiet(BaseHTTPRequestHandler):\n"
        "    def log_message(self, *args: object) -> None: ...\n"
    )

    assert override_mismatches(source) == ["Quiet.log_message(self): ['self', 'format']"]


def test_the_readme_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    """In order, as one module: a reader who copies them gets code that type-checks."""
    # Each snippet at its README line, so that mypy's messages name README lines.
    source = ""
    for snippet in SNIPPETS:
        source += "\n" * (snippet.line - 1 - source.count("\n")) + snippet.code
    module = tmp_path / "readme_snippets.py"
    module.write_text(source, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.10",
            "--no-incremental",
            str(module),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    problems = result.stdout.replace(str(module), "README.md")
    assert result.returncode == 0, problems
