"""`make bench`'s plumbing: which parts `--only` selects, where each is written, how a bar is
judged, how the generated tree is counted. The measurements themselves are not run here:
speed is measured by `make bench`, never asserted by a test."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from scripts import bench


def test_only_takes_comma_separated_parts_in_the_order_a_full_run_measures_them() -> None:
    assert bench.selection("reads, lines") == ["lines", "reads"]
    assert bench.selection("throughput") == ["throughput"]


def test_only_names_the_parts_when_given_an_unknown_one() -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="unknown part nope; choose from table"):
        bench.selection("lines,nope")


def test_a_part_replaces_only_its_own_markers_and_a_missing_one_is_added_under_its_heading(
    tmp_path: Path,
) -> None:
    output = tmp_path / "BENCHMARKS.md"
    output.write_text(
        "# Benchmarks\n\nby hand\n\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n"
        "\nmore by hand\n"
    )
    bench.write_report(output, "new table\n", bench.marker("table"), bench.PARTS["table"])
    bench.write_report(output, "lines\n", bench.marker("lines"), bench.PARTS["lines"])
    text = output.read_text()
    assert "<!-- bench:start -->\nnew table\n<!-- bench:end -->" in text
    assert "old table" not in text and "by hand" in text and "more by hand" in text
    heading = f"## {bench.PARTS['lines']}\n\n"
    assert text.endswith(f"{heading}<!-- bench:lines:start -->\nlines\n<!-- bench:lines:end -->\n")


@pytest.mark.parametrize(
    ("ratio", "measured", "bar", "verdict"),
    [
        (0.74, None, "≤ 0.75×", "meets the bar"),
        (1.01, None, "≤ 1.00×", "MISSES the bar"),
        (None, 3, "≤ 3", "meets the bar"),  # a count, not a ratio: the files one call runs
        (None, 8, "≤ 3", "MISSES the bar"),
        (2.0, None, "", ""),
    ],
)
def test_a_bar_judges_the_ratio_or_else_the_measured_count(
    ratio: float | None, measured: float | None, bar: str, verdict: str
) -> None:
    assert bench.Row("what", "", "", ratio, bar, measured=measured).verdict == verdict


def test_lines_of_a_tree_count_py_files_all_files_and_py_lines_by_folder(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    (generated / "kirimchat" / "api" / "contacts").mkdir(parents=True)
    (generated / "kirimchat" / "__pycache__").mkdir()
    (generated / "kirimchat" / "client.py").write_text("a\nb\n")
    (generated / "kirimchat" / "api" / "contacts" / "attach.py").write_text("c\n")
    (generated / "kirimchat" / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"\n" * 9)
    (generated / "api.md").write_text("d\ne\nf\n")
    counts = bench.line_counts(tmp_path)
    assert (counts[".py files"], counts[".py lines"]) == (2, 3)
    assert (counts["all files"], counts["all lines"]) == (3, 6)
    assert counts["folder:kirimchat/"] == 2
    assert counts["folder:kirimchat/api/"] == 1  # two levels deep: one row for all of api/
