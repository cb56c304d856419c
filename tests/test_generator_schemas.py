"""JSON Schema beyond what openapi.yaml uses, on a fixture spec of its own
(tests/fixtures/generator/schemas.yaml): a recursive tree, multipleOf, propertyNames with a
typed map, allOf of a base and an extension, const, type arrays, integer and mixed enums,
uniqueItems, maxProperties, readOnly and writeOnly. Each is checked before sending and typed
for mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from generator_support import Server, client, generate_package, reply

ORDER = {"kind": "order", "price": 19.99, "quantity": 10}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gen") / "schemas"


@pytest.fixture(scope="module")
def pkg(out: Path) -> ModuleType:
    return generate_package("schemas", out)


def test_the_generated_package_passes_mypy_strict(pkg: ModuleType, out: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "kirimchat"],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_a_tree_is_sent_and_read_back_as_nested_models(pkg: ModuleType) -> None:
    tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}]}
    server = Server([reply(201, tree)])
    folder = client(pkg, server).folders.create(name="root", children=tree["children"])
    assert server.last_json() == tree
    grandchild = folder.children[0].children[0]
    assert type(grandchild) is type(folder) and grandchild.name == "a1"


def test_a_bad_node_deep_in_a_tree_is_named_and_nothing_is_sent(pkg: ModuleType) -> None:
    server = Server()
    children = [{"name": "a", "children": [{"name": "ok"}, {"name": ""}]}]
    with pytest.raises(pkg.ParamValidationError) as raised:
        client(pkg, server).folders.create(name="root", children=children)
    assert raised.value.param == "children[0].children[1].name"
    assert server.requests == []


@pytest.mark.parametrize(
    ("change", "param", "rule"),
    [
        ({"price": 0.015}, "price", "multiple of"),
        ({"price": 0}, "price", "greater than 0"),
        ({"quantity": 7}, "quantity", "multiple of 5"),
        ({"priority": 4}, "priority", "must be 1 or 2 or 3"),
        ({"size": "medium"}, "size", "'small' or 2 or None"),
        ({"kind": "refund"}, "kind", "order"),
        ({"tags": {"Urgent": "yes"}}, "tags.Urgent", "not an allowed name"),
        ({"tags": {"a": "1", "b": "2", "c": "3", "d": "4"}}, "tags", "at most 3"),
        ({"tags": {"a": 1}}, "tags.a", "must be a string"),
        ({"lines": ["x", "y", "x"]}, "lines[2]", "unique"),
        ({"id": "ord_1"}, "id", "read-only"),
        ({"notes": 5}, "notes", "string"),
    ],
)
def test_every_keyword_is_checked_before_sending(
    pkg: ModuleType, change: dict[str, Any], param: str, rule: str
) -> None:
    server = Server()
    with pytest.raises(pkg.ParamValidationError, match=rule) as raised:
        client(pkg, server).orders.create(body={**ORDER, **change})
    assert raised.value.param == param
    assert server.requests == []


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"price": 0.3, "quantity": 0},  # 0.3 is a multiple of 0.01 in decimal
        {"size": 2},
        {"size": None, "notes": None},
        {"tags": {"vip": "yes"}, "lines": ["x", "y"]},
        {"secret": "s3cret"},  # writeOnly: sent, never read back
    ],
)
def test_values_the_schema_allows_are_sent_as_given(
    pkg: ModuleType, change: dict[str, Any]
) -> None:
    body = {**ORDER, **change}
    server = Server([reply(201, {**ORDER, "id": "ord_1"})])
    order = client(pkg, server).orders.create(body=body)
    assert server.last_json() == body
    assert order.id == "ord_1" and order.price == 19.99
