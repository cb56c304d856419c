"""`make docs` builds the API reference page, and a real browser shows every operation on it.

The page is built from openapi.yaml into a temporary directory and opened once in Debian's
headless chromium (driven by Playwright; its own browser download cannot be used here). For
every operation of the spec, found in the sidebar by its summary, the test checks that the
operation's section shows its path, each documented status code, the pattern of each
parameter, and its request example: the body example as JSON, else each parameter's example.
It saves a screenshot of the attach-label section as tests/output/docs/attach-label.png, for
a person to look at (tests/output/ is not committed).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Locator, Page, Route, expect, sync_playwright
from support import ROOT, SPEC, run

from scripts.sandbox.spec import resolve

OUTPUT = ROOT / "tests" / "output" / "docs"
VERBS = ("get", "put", "post", "delete", "patch")
# Chromium hangs on a closed network without these: no first-run, sync or component fetches.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    statuses: tuple[str, ...]
    patterns: tuple[str, ...]  # of its parameters and body fields, as the spec writes them
    body_example: Any  # the request body's example, or None
    parameter_examples: tuple[str, ...]  # as the page prints them


def _pattern(document: dict[str, Any], schema: dict[str, Any]) -> str | None:
    return resolve(document, schema).get("pattern")


def operations(document: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in document["paths"].items():
        for method in VERBS:
            if method not in item:
                continue
            operation = item[method]
            parameters = [resolve(document, p) for p in operation.get("parameters", [])]
            patterns = [_pattern(document, p["schema"]) for p in parameters]
            body_example = None
            if "requestBody" in operation:
                content = resolve(document, operation["requestBody"])["content"]
                media = content["application/json"]
                body_example = media.get("example")
                schema = resolve(document, media["schema"])
                patterns += [_pattern(document, s) for s in schema.get("properties", {}).values()]
            found.append(
                Operation(
                    operation_id=operation["operationId"],
                    method=method,
                    path=path,
                    tag=operation["tags"][0],
                    summary=operation["summary"],
                    statuses=tuple(str(status) for status in operation["responses"]),
                    patterns=tuple(p for p in patterns if p),
                    body_example=body_example,
                    parameter_examples=tuple(
                        _shown_example(p) for p in parameters if "example" in p
                    ),
                )
            )
    return found


def _shown_example(parameter: dict[str, Any]) -> str:
    """A parameter's example as the page prints it: a query parameter as `name=value`."""
    value = str(parameter["example"])
    return f"{parameter['name']}={value}" if parameter["in"] == "query" else value


DOCUMENT = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
OPERATIONS = operations(DOCUMENT)


def chromium() -> str:
    found = (
        os.environ.get("KIRIM_CHROMIUM")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )
    if not found:
        pytest.fail("chromium is missing: `make setup` installs it (apt-get install chromium)")
    return found


@dataclass(frozen=True)
class Built:
    page: Path  # docs/index.html
    output: str  # what `make docs` printed, stdout and stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    docs = tmp_path_factory.mktemp("docs")
    made = run("make", "docs", f"DOCS={docs}")
    assert made.returncode == 0, made.stdout[-2000:] + made.stderr[-2000:]
    return Built(docs / "index.html", made.stdout + made.stderr)


# Every http(s) request the page made that reached the network (was not blocked in the page).
FETCHED: list[str] = []


def _refuse(route: Route) -> None:
    FETCHED.append(route.request.url)
    route.abort()


@pytest.fixture(scope="module")
def page(built: Built) -> Iterator[Page]:
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=chromium(),
            args=CHROMIUM_FLAGS,
            headless=True,
            viewport={"width": 1440, "height": 1000},
        )
        try:
            page = browser.new_page()
            page.set_default_timeout(15_000)
            # The page must stand on its own: nothing it needs may come from the network.
            page.route(re.compile(r"^https?://"), _refuse)
            page.goto(built.page.as_uri())
            page.wait_for_load_state("networkidle")
            yield page
        finally:
            browser.close()


# In the browser, in one round trip: which of the texts no visible element of the section
# shows (as its whole text, white space folded), and the text of its visible code blocks.
SHOWN = """(section, wanted) => {
  const visible = (element) =>
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    element.getClientRects().length > 0;
  const elements = [...section.querySelectorAll("*")].filter(visible);
  const texts = new Set(elements.map((e) => e.textContent.replace(/\\s+/g, " ").trim()));
  return {
    missing: wanted.filter((text) => !texts.has(text)),
    code_blocks: elements.filter((e) => e.tagName === "PRE").map((e) => e.innerText),
  };
}"""


def open_operation(page: Page, operation: Operation) -> Locator:
    """Open the operation from the sidebar, as a reader would; its section on the page."""
    menu = page.locator('[data-component-name="Menu/Menu"]').first
    link = menu.locator("a").filter(has=page.get_by_text(operation.summary, exact=True)).first
    if not link.is_visible():  # its tag's entries are folded
        menu.locator("a").filter(has=page.get_by_text(operation.tag, exact=True)).first.click()
    link.click()
    route = link.get_attribute("href") or ""
    assert route.startswith("#/"), f"{operation.operation_id}: sidebar link {route!r}"
    section = page.locator(f'[id="{route.removeprefix("#/")}"]')
    expect(section).to_be_visible()
    return section


def test_the_page_fetches_nothing_from_the_network(page: Page) -> None:
    # Open every tag's entries, as a reader would: a lazily shown image would be fetched then.
    menu = page.locator('[data-component-name="Menu/Menu"]').first
    for tag in sorted({operation.tag for operation in OPERATIONS}):
        menu.locator("a").filter(has=page.get_by_text(tag, exact=True)).first.click()
    page.wait_for_load_state("networkidle")

    assert FETCHED == []


def test_make_docs_prints_no_node_end_of_support_banner(built: Built) -> None:
    assert "Node.js 20" not in built.output
    assert "bundled successfully" in built.output  # the rest of Redocly's output still shows


def test_the_banner_filter_keeps_every_other_line() -> None:
    from scripts.quiet_node20 import without_node20_box

    lines = [
        "before\n",
        "  ╔══╗\n",
        "  ║ Deprecation warning: Node.js 20 support is ending ║\n",
        "  ╚══╝\n",
        "  ╔══╗\n",
        "  ║ another notice ║\n",
        "  ╚══╝\n",
        "error: something\n",
    ]

    assert list(without_node20_box(lines)) == [lines[0], *lines[4:]]


def test_the_spec_has_operations_to_check() -> None:
    assert OPERATIONS
    assert any("attach" in operation.operation_id.lower() for operation in OPERATIONS)


def test_every_operation_shows_its_path_statuses_patterns_and_request_example(
    page: Page,
) -> None:
    for operation in OPERATIONS:
        section = open_operation(page, operation)
        where = f"{operation.operation_id} ({operation.method.upper()} {operation.path})"
        wanted = [
            operation.path,
            *operation.statuses,
            *operation.patterns,
            *operation.parameter_examples,
        ]

        shown = section.evaluate(SHOWN, wanted)

        assert shown["missing"] == [], f"{where}: not visible on the page"
        if operation.body_example is not None:
            blocks = [_json(text) for text in shown["code_blocks"]]
            assert operation.body_example in blocks, f"{where}: request example not visible"


def _json(text: str) -> Any:
    """The JSON a code block shows, or None when it shows something else."""
    try:
        return json.loads(text)
    except ValueError:
        return None


def test_a_screenshot_of_the_attach_label_section_is_saved(page: Page) -> None:
    attach = next(op for op in OPERATIONS if "attach" in op.operation_id.lower())
    section = open_operation(page, attach)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    shot = OUTPUT / "attach-label.png"
    shot.unlink(missing_ok=True)

    section.screenshot(path=shot)

    assert shot.read_bytes().startswith(b"\x89PNG")
    assert shot.stat().st_size > 10_000  # a rendered section, not a blank box
