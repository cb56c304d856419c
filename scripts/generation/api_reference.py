"""Write api.md, the SDK reference, by reading the freshly generated package with griffe.

    python -m scripts.generation.api_reference generated   # rewrite generated/api.md

It reads the package the way a user's editor does (static analysis of the files, nothing is
imported), not the generator's internal data, so it describes exactly what was generated:
the clients and their options, every resource reachable from the client with every public
method's signature (parameters, types, defaults) and return type, every model, and the
exceptions. `make generate` calls it as the last step, so `make check` keeps it current.
"""

from __future__ import annotations

import builtins
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import griffe

PACKAGE = "kirimchat"
OUTPUT = "api.md"
CLIENT, ASYNC_CLIENT = "KirimChat", "AsyncKirimChat"
ONE_LINE = 88  # a signature longer than this is written one parameter a line, as ruff would


def load(tree: Path) -> griffe.Module:
    package = griffe.load(
        PACKAGE, search_paths=[tree], allow_inspection=False, resolve_aliases=True
    )
    assert isinstance(package, griffe.Module)
    return package


def _target(obj: griffe.Object | griffe.Alias) -> griffe.Object:
    return obj.final_target if isinstance(obj, griffe.Alias) else obj


def _summary(obj: griffe.Object | griffe.Alias) -> str:
    """The first paragraph of a docstring, on one line (the rest is for the reader of the code)."""
    if not obj.docstring:
        return ""
    return " ".join(obj.docstring.value.strip().split("\n\n")[0].split())


def _parameter(parameter: griffe.Parameter) -> str:
    stars: dict[griffe.ParameterKind | None, str] = {
        griffe.ParameterKind.var_positional: "*",
        griffe.ParameterKind.var_keyword: "**",
    }
    star = stars.get(parameter.kind, "")
    text = star + parameter.name
    if parameter.annotation is not None:
        text += f": {parameter.annotation}"
    # griffe gives `*args` and `**kwargs` the defaults () and {}, which Python does not write.
    if parameter.default is not None and not star:
        text += (
            f" = {parameter.default}"
            if parameter.annotation is not None
            else f"={parameter.default}"
        )
    return text


def parameters(function: griffe.Function) -> list[str]:
    """The parameters as written in the source, markers (`*`, `/`) included, `self` left out."""
    kinds = griffe.ParameterKind
    written: list[str] = []
    given = [p for p in function.parameters if p.name not in ("self", "cls")]
    for index, parameter in enumerate(given):
        before = given[index - 1].kind if index else None
        if parameter.kind is kinds.keyword_only and before not in (
            kinds.keyword_only,
            kinds.var_positional,
        ):
            written.append("*")
        if before is kinds.positional_only and parameter.kind is not kinds.positional_only:
            written.append("/")
        written.append(_parameter(parameter))
    if given and given[-1].kind is kinds.positional_only:
        written.append("/")
    return written


def signature(name: str, function: griffe.Function, prefix: str = "def ") -> str:
    """`def name(...) -> Return`, on one line when it is short."""
    listed = parameters(function)
    returns = ""
    if function.returns is not None and function.name != "__init__":
        returns = f" -> {function.returns}"
    line = f"{prefix}{name}({', '.join(listed)}){returns}"
    if len(line) <= ONE_LINE or not listed:
        return line
    inner = "".join(f"    {parameter},\n" for parameter in listed)
    return f"{prefix}{name}(\n{inner}){returns}"


def _public_methods(cls: griffe.Class) -> Iterator[tuple[str, griffe.Function]]:
    for name, member in cls.members.items():
        target = _target(member)
        if not name.startswith("_") and isinstance(target, griffe.Function):
            yield name, target


def resources(client: griffe.Class) -> Iterator[tuple[str, griffe.Class]]:
    """The client's attributes whose type is a class of the package: its resources."""
    for name, member in client.members.items():
        if name.startswith("_") or not member.is_attribute:
            continue
        annotation = getattr(member, "annotation", None)
        if isinstance(annotation, griffe.ExprName):
            resolved = _resolve(client, annotation.canonical_path)
            if isinstance(resolved, griffe.Class):
                yield name, resolved


def _resolve(anchor: griffe.Object, path: str) -> griffe.Object | None:
    try:
        found = anchor.modules_collection.get_member(path)
    except KeyError:
        return None
    return _target(found) if found is not None else None


def _is_exception(cls: griffe.Class) -> bool:
    """Whether ``cls`` derives, through the package's classes, from a built-in exception."""
    for base in cls.bases:
        builtin = getattr(builtins, str(base), None)
        if isinstance(builtin, type) and issubclass(builtin, BaseException):
            return True
    return any(
        isinstance(base, griffe.Class) and _is_exception(base) for base in cls.resolved_bases
    )


def _client_section(package: griffe.Module) -> list[str]:
    lines = ["## Clients", ""]
    lines += [f"```python\nfrom {PACKAGE} import {CLIENT}, {ASYNC_CLIENT}\n```", ""]
    for name in (CLIENT, ASYNC_CLIENT):
        cls = _target(package[name])
        assert isinstance(cls, griffe.Class)
        lines += [f"### `{name}`", "", _summary(cls), ""]
        lines += ["```python", signature(name, cls["__init__"], prefix=""), "```", ""]
        for method_name, method in _public_methods(cls):
            lines += [f"#### `{name}.{method_name}()`", "", _summary(method), ""]
            lines += ["```python", signature(method_name, method), "```", ""]
    return lines


def _method_entry(
    attribute: str, name: str, method: griffe.Function, twin: griffe.Function | None
) -> list[str]:
    lines = [f"#### `client.{attribute}.{name}()`", "", _summary(method), ""]
    lines += ["```python", signature(name, method), "```", ""]
    if twin is not None and (
        str(twin.returns) != str(method.returns) or parameters(twin) != parameters(method)
    ):
        lines += [f"With `{ASYNC_CLIENT}`:", "", "```python"]
        prefix = "async def " if "async" in twin.labels else "def "
        lines += [signature(name, twin, prefix=prefix), "```", ""]
    return lines


def _resources_section(package: griffe.Module) -> list[str]:
    sync_client = _target(package[CLIENT])
    async_client = _target(package[ASYNC_CLIENT])
    assert isinstance(sync_client, griffe.Class) and isinstance(async_client, griffe.Class)
    twins = dict(resources(async_client))
    lines = [
        "## Resources",
        "",
        f"Each is an attribute of the client. With `{ASYNC_CLIENT}` every method takes the same",
        "arguments and is awaited (a list method returns a page to `await` or to walk with",
        "`async for`); where its signature differs it is given below the sync one.",
    ]
    if any("with_raw_response" in resource.members for _, resource in resources(sync_client)):
        lines += [
            "`client.<resource>.with_raw_response.<method>(...)` takes the same arguments and",
            "returns the raw `APIResponse` (status, headers, parsed body).",
        ]
    lines.append("")
    for attribute, resource in resources(sync_client):
        twin_class = twins.get(attribute)
        lines += [f"### `client.{attribute}`: `{resource.name}`", "", _summary(resource), ""]
        for name, method in _public_methods(resource):
            twin = twin_class.members.get(name) if twin_class is not None else None
            twin_method = _target(twin) if twin is not None else None
            assert twin_method is None or isinstance(twin_method, griffe.Function)
            lines += _method_entry(attribute, name, method, twin_method)
    return lines


def _row(*cells: str) -> str:
    """A Markdown table row; a `|` in a cell, even in code (`None | str`), is escaped."""
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _model_entry(name: str, model: griffe.Object) -> list[str]:
    if isinstance(model, griffe.Attribute):  # a type alias, such as a Literal of values
        return [
            f"### `{name}`",
            "",
            _summary(model),
            "",
            "```python",
            f"{name} = {model.value}",
            "```",
            "",
        ]
    assert isinstance(model, griffe.Class)
    lines = [f"### `{name}`", "", _summary(model), ""]
    fields = [
        member
        for field_name, member in model.members.items()
        if not field_name.startswith("_")
        and isinstance(member, griffe.Attribute)
        and "instance-attribute" in member.labels
    ]
    if fields:
        lines += ["| field | type | default | description |", "| --- | --- | --- | --- |"]
        for field in fields:
            default = f"`{field.value}`" if field.value is not None else "required"
            if "init=False" in str(field.value):
                default = "not an argument"
            cells = (f"`{field.name}`", f"`{field.annotation}`", default, _summary(field))
            lines.append(_row(*cells))
        lines.append("")
    methods = [f"`{method}()`" for method, _ in _public_methods(model)]
    if methods:
        lines += [f"Methods: {', '.join(methods)}.", ""]
    return lines


def _models_section(package: griffe.Module) -> list[str]:
    models = package["models"]
    names = sorted(models.exports or [])
    lines = [
        "## Models",
        "",
        "What the methods take and return, importable from `kirimchat.models`:",
        "",
        "```python",
        f"from {PACKAGE}.models import {names[0] if names else '...'}",
        "```",
        "",
    ]
    for name in names:
        lines += _model_entry(name, _target(models[name]))
    return lines


def _exceptions_section(package: griffe.Module) -> list[str]:
    lines = [
        "## Exceptions",
        "",
        f"All importable from `{PACKAGE}`.",
        "",
        "| exception | base | raised when |",
        "| --- | --- | --- |",
    ]
    for name in map(str, package.exports or []):
        cls = _target(package[name])
        if isinstance(cls, griffe.Class) and _is_exception(cls):
            bases = ", ".join(f"`{base}`" for base in cls.bases)
            lines.append(_row(f"`{name}`", bases, _summary(cls)))
    return [*lines, ""]


def _other_exports_section(package: griffe.Module) -> list[str]:
    lines = ["## Other names", "", f"Also exported by `{PACKAGE}`:", ""]
    for name in map(str, package.exports or []):
        obj = _target(package[name])
        if name in (CLIENT, ASYNC_CLIENT) or (isinstance(obj, griffe.Class) and _is_exception(obj)):
            continue
        lines.append(f"- `{name}`: {_summary(obj) or 'a ' + obj.kind.value}")
    return [*lines, ""]


def render(tree: Path) -> str:
    package = load(tree)
    lines = [
        f"# {PACKAGE} API reference",
        "",
        "<!-- Written by scripts/generation/api_reference.py from the generated package: do not",
        "edit by hand. -->",
        "",
        _summary(package),
        "",
    ]
    for section in (
        _client_section,
        _resources_section,
        _models_section,
        _exceptions_section,
        _other_exports_section,
    ):
        lines += section(package)
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.rstrip("\n") + "\n"


def write(tree: Path) -> Path:
    """Write ``tree``/api.md for the package in ``tree``; its path."""
    path = tree / OUTPUT
    path.write_text(render(tree), encoding="utf-8")
    # ruff formats the Python blocks of Markdown files too (as `make lint` checks), with the
    # generated project's settings; the signatures, which have no body, it leaves as they are.
    ruff = Path(sys.executable).parent / "ruff"
    subprocess.run([ruff, "format", "--quiet", "--no-cache", OUTPUT], cwd=tree, check=True)
    return path


if __name__ == "__main__":
    print(write(Path(sys.argv[1] if len(sys.argv) > 1 else "generated")))
