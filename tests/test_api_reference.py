"""generated/api.md, the SDK reference, gives every public method of every resource with the
signature the imported package really has, and names every model and exception.

The reference is written from the package's files by griffe (scripts/generation/api_reference.py);
this test checks it against the package imported and introspected by Python itself.
"""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

import kirimchat
import kirimchat.models
import pytest
from support import GENERATED

from scripts.generation import api_reference

API_MD = GENERATED / "api.md"
TEXT = API_MD.read_text(encoding="utf-8")
# An entry: its heading, a summary, then the signature in the first python block after it.
HEADING = re.compile(
    r"^#### `client\.(\w+)\.(\w+)\(\)`\n(?:.*\n)*?```python\n((?:.*\n)*?)```", re.M
)


def resources(client_class: type) -> Iterator[tuple[str, type]]:
    """The client's properties that give an object of the package: its resources."""
    client = client_class(api_key="kdv_live_reference", base_url="http://127.0.0.1:9")
    for name, member in vars(client_class).items():
        if name.startswith("_") or not isinstance(member, property | cached_property):
            continue
        resource = type(getattr(client, name))
        if resource.__module__.startswith(f"{kirimchat.__name__}."):
            yield name, resource


def public_methods(resource: type) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name, member in vars(resource).items():
        if not name.startswith("_") and inspect.isfunction(member):
            yield name, member


def documented() -> dict[tuple[str, str], ast.FunctionDef]:
    """Each `client.<resource>.<method>()` entry of api.md, its signature parsed."""
    found = {}
    for match in HEADING.finditer(TEXT):
        tree = ast.parse(match[3].strip() + ": ...")
        function = tree.body[0]
        assert isinstance(function, ast.FunctionDef), match[0]
        found[(match[1], match[2])] = function
    return found


def _normal(annotation: str) -> str:
    return ast.unparse(ast.parse(annotation, mode="eval"))


KINDS = {
    "posonlyargs": inspect.Parameter.POSITIONAL_ONLY,
    "args": inspect.Parameter.POSITIONAL_OR_KEYWORD,
    "kwonlyargs": inspect.Parameter.KEYWORD_ONLY,
}


def documented_parameters(function: ast.FunctionDef) -> list[tuple[str, Any, str, ast.expr | None]]:
    """(name, kind, annotation, default expression) of each parameter api.md writes."""
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults))
    defaults += arguments.defaults
    rows = []
    for index, argument in enumerate(positional):
        kind = KINDS["posonlyargs" if argument in arguments.posonlyargs else "args"]
        rows.append((argument.arg, kind, ast.unparse(argument.annotation), defaults[index]))
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        rows.append((argument.arg, KINDS["kwonlyargs"], ast.unparse(argument.annotation), default))
    return rows


CASES = [
    (attribute, name, method)
    for attribute, resource in resources(kirimchat.KirimChat)
    for name, method in public_methods(resource)
]


def test_there_are_resources_and_methods_to_check() -> None:
    assert len({attribute for attribute, _, _ in CASES}) >= 2
    assert len(CASES) >= 5


@pytest.mark.parametrize(
    ("attribute", "name", "method"), CASES, ids=[f"{a}.{n}" for a, n, _ in CASES]
)
def test_each_public_method_is_listed_with_its_real_signature(
    attribute: str, name: str, method: Callable[..., Any]
) -> None:
    entries = documented()
    assert (attribute, name) in entries, f"api.md lacks client.{attribute}.{name}()"
    written = entries[(attribute, name)]
    assert written.name == name, f"the signature under client.{attribute}.{name}() is another's"
    real = inspect.signature(method)  # annotations as the source writes them (strings)
    real_parameters = [p for p in real.parameters.values() if p.name != "self"]

    rows = documented_parameters(written)
    assert [(n, kind) for n, kind, _, _ in rows] == [(p.name, p.kind) for p in real_parameters]
    for (parameter_name, _, annotation, default), parameter in zip(
        rows, real_parameters, strict=True
    ):
        where = f"client.{attribute}.{name}({parameter_name})"
        assert _normal(annotation) == _normal(parameter.annotation), where
        if parameter.default is inspect.Parameter.empty:
            assert default is None, f"{where}: api.md gives a default the method lacks"
        else:
            assert default is not None, f"{where}: api.md leaves out the default"
            value = eval(ast.unparse(default), method.__globals__)  # api.md's own default
            assert value is parameter.default or value == parameter.default, where
    assert written.returns is not None
    assert _normal(ast.unparse(written.returns)) == _normal(real.return_annotation)


def test_every_model_and_exception_is_described() -> None:
    for name in kirimchat.models.__all__:
        assert f"### `{name}`" in TEXT, f"api.md lacks the model {name}"
    exceptions = [
        name
        for name in kirimchat.__all__
        if inspect.isclass(getattr(kirimchat, name))
        and issubclass(getattr(kirimchat, name), BaseException)
    ]
    assert "NotFoundError" in exceptions
    for name in exceptions:
        assert f"| `{name}` |" in TEXT, f"api.md lacks the exception {name}"


def test_the_package_readme_names_the_reference_and_the_sdist_ships_it() -> None:
    readme = (GENERATED / "README.md").read_text(encoding="utf-8")
    # Named, or linked by an absolute URL: a relative link is dead on the index's page.
    assert "`api.md`" in readme or re.search(r"\]\(https?://[^)]*/api\.md\)", readme)
    assert "(api.md)" not in readme
    pyproject = (GENERATED / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'only-include = \[[^\]]*"api\.md"', pyproject)


FIXTURE_PACKAGE = {
    "__init__.py": (
        "from .client import AsyncKirimChat, KirimChat\n"
        "from .errors import Oops\n"
        '__all__ = ["AsyncKirimChat", "KirimChat", "Oops"]\n'
    ),
    "client.py": '''
from functools import cached_property
from .resources import AsyncParcels, Parcels

class KirimChat:
    """A client."""
    def __init__(self, *, api_key: str | None = None) -> None: ...
    @cached_property
    def parcels(self) -> Parcels:
        return Parcels()

class AsyncKirimChat:
    """An async client."""
    def __init__(self, *, api_key: str | None = None) -> None: ...
    @cached_property
    def parcels(self) -> AsyncParcels:
        return AsyncParcels()
''',
    "resources.py": '''
from .models import Receipt

class Parcels:
    """Parcels: things sent."""
    def send(self, to: str, /, weight: int = 1, *more: str, fragile: bool = False,
             **extra: str) -> Receipt:
        """Send a parcel.

        Not the summary.
        """
    def _hidden(self) -> None: ...

class AsyncParcels:
    async def send(self, to: str, /, weight: int = 1, *more: str, fragile: bool = False,
                   **extra: str) -> Receipt: ...
''',
    "models/__init__.py": 'from .receipt import Receipt\n__all__ = ("Receipt",)\n',
    "models/receipt.py": '''
class Receipt:
    """What a parcel got."""
    number: str
    """Its tracking number | if any."""
''',
    "errors.py": 'class Oops(ValueError):\n    """It went wrong."""\n',
}


def test_the_reference_is_written_from_whatever_package_it_reads(tmp_path: Path) -> None:
    for name, text in FIXTURE_PACKAGE.items():
        path = tmp_path / "kirimchat" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    written = api_reference.render(tmp_path)

    assert "#### `client.parcels.send()`\n\nSend a parcel.\n" in written
    assert (
        "def send(\n    to: str,\n    /,\n    weight: int = 1,\n    *more: str,\n"
        "    fragile: bool = False,\n    **extra: str,\n) -> Receipt\n"
    ) in written
    assert "_hidden" not in written and "Not the summary" not in written
    assert "| `number` | `str` | required | Its tracking number \\| if any. |" in written
    assert "| `Oops` | `ValueError` | It went wrong. |" in written
