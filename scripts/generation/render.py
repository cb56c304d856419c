"""Render the kirimchat package from a validated spec.

openapi-python-client renders the client module, the response models and the project files,
with our overrides of its templates (templates/openapi-python-client/); ``_Project`` says what
of its output we skip, and why. Our own templates live in templates/kirimchat/ and are rendered
here with the generator's Jinja environment, so they can use its macros and see the models
exactly as the generator parsed them. A template whose path contains ``{tag}`` is rendered once
per tag (``resources/{tag}.py.jinja`` → ``resources/contacts.py``). ``kirimchat/params.py`` is
datamodel-code-generator's (see request_types). The runtime (runtime/kirimchat/, plain Python
that does not vary with the spec) is copied in by ``copy_runtime``, after formatting.

Every file then opens with one line naming what it was made from (``stamp``): the template or
the runtime file to edit instead.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import reading
from .json_types import json_type
from .request_types import RequestTypes
from .spec import Problem, Spec

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
GENERATOR_CONFIG = TEMPLATES / "openapi-python-client.yaml"
GENERATOR_TEMPLATES = TEMPLATES / "openapi-python-client"
OWN_TEMPLATES = TEMPLATES / "kirimchat"
# The SDK's runtime: plain Python, copied as it is (linted, type-checked and tested in place).
RUNTIME = TEMPLATES.parent / "runtime" / "kirimchat"


class RenderError(Exception):
    """openapi-python-client or one of our templates could not render the spec."""


class _Project(Project):
    """openapi-python-client's project, without the parts the SDK has in runtime/ or not at all.

    openapi-python-client: these three methods are its build steps. ``errors.py`` and
    ``types.py`` come from runtime/ (written once, not rendered and then overwritten), and
    there is no per-operation ``api/`` package: operations are data in ``kirimchat._api``.
    """

    def _create_package(self) -> None:
        self.package_dir.mkdir(parents=True, exist_ok=True)
        (self.package_dir / "__init__.py").write_text(
            self.env.get_template("package_init.py.jinja").render(), encoding="utf-8"
        )
        (self.package_dir / "py.typed").write_text("", encoding="utf-8")

    def _build_metadata(self) -> None:
        for name in ("pyproject.toml", "README.md"):
            (self.project_dir / name).write_text(
                self.env.get_template(f"{name}.jinja").render(), encoding="utf-8"
            )

    def _build_api(self) -> None:
        (self.package_dir / "client.py").write_text(
            self.env.get_template("client.py.jinja").render(), encoding="utf-8"
        )


def _describe(error: GeneratorError) -> str:
    return f"{error.level.value}: {error.header} {error.detail or ''}".strip()


def render_package(
    spec: Spec, spec_path: Path, out: Path, request_side: Callable[[], RequestTypes]
) -> dict[str, str]:
    """Render the project (pyproject.toml, README.md, kirimchat/) into ``out``; return what
    each file (by its path relative to ``out``) was made from.

    ``request_side`` gives datamodel-code-generator's types; it is called once the spec is
    parsed, so that the two generators run at the same time.
    """
    config = Config.from_sources(
        ConfigFile.load_from_path(GENERATOR_CONFIG),
        MetaType.UV,  # any value but NONE: we want pyproject.toml, whose template is ours
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=out,
    )
    data = GeneratorData.from_dict(_for_models(spec.data), config=config)
    if isinstance(data, GeneratorError):
        raise RenderError(f"openapi-python-client cannot read {spec_path.name}: {_describe(data)}")
    request_types = request_side()
    try:
        sdk = reading.build(spec, data, request_types)
    except reading.ModelError as error:
        raise RenderError(spec.describe(Problem(error.where, error.message))) from None
    # openapi-python-client: the models it renders are these two lists; keep the response side.
    kept = reading.response_models(sdk, data)
    data.models = [m for m in data.models if m.class_info.name in kept]
    data.enums = [e for e in data.enums if e.class_info.name in kept]
    project = _Project(openapi=data, config=config, custom_template_path=GENERATOR_TEMPLATES)
    # Our overrides of the generator's templates use these too.
    project.env.globals.update(
        sdk=sdk,
        resource_imports=sdk.resource_imports,
        model_fields=reading.model_fields,
        model_imports=reading.model_imports,
        codec=reading.codec,
        **project_metadata(spec.data),
    )
    # Warnings mean a part of the spec was skipped: for an SDK that is a missing feature.
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            problems = project.build()
        except Exception as error:  # a template bug: name the template line, then the cause
            raise RenderError(f"a generator template failed: {_template_frame(error)}") from error
    if problems:
        raise RenderError(
            "openapi-python-client could not render every part of the spec:\n  "
            + "\n  ".join(_describe(p) for p in problems)
        )
    origins = _generator_origins(project, data)
    origins |= _render_own(project, sdk, project.package_dir)
    (project.package_dir / PARAMS_MODULE).write_text(request_types.text, encoding="utf-8")
    origins[f"kirimchat/{PARAMS_MODULE}"] = "scripts/generation/request_types.py"
    return origins


PARAMS_MODULE = "params.py"


def _for_models(document: Any) -> Any:
    """``document`` as openapi-python-client can model it: an enum whose values are of several
    JSON types (``[small, 2, null]``) becomes the union of those types, which it can type. The
    rules, made from the spec itself, still check the values."""
    if isinstance(document, list):
        return [_for_models(item) for item in document]
    if not isinstance(document, dict):
        return document
    view = {key: _for_models(value) for key, value in document.items()}
    enum = view.get("enum")
    if isinstance(enum, list) and len({json_type(value) for value in enum} - {"null"}) > 1:
        del view["enum"]
        view["type"] = sorted({json_type(value) for value in enum})
    return view


def project_metadata(document: dict[str, Any]) -> dict[str, Any]:
    """What the package's page (README.md, pyproject.toml) says of where things are, from the
    spec: ``project_urls`` (label → URL, for ``[project.urls]``) and ``repository`` (the SDK's
    source, or None).

    ``info.contact.url`` is the Homepage, ``externalDocs.url`` the Documentation, and
    ``info.x-kirimchat-repository`` the SDK's repository: Source, Changelog, Issues.
    """
    info = document.get("info") or {}
    urls: dict[str, str] = {}
    homepage = (info.get("contact") or {}).get("url")
    if homepage:
        urls["Homepage"] = homepage
    documentation = (document.get("externalDocs") or {}).get("url")
    if documentation:
        urls["Documentation"] = documentation
    repository = (info.get("x-kirimchat-repository") or "").rstrip("/") or None
    if repository:
        urls["Source"] = repository
        urls["Changelog"] = f"{repository}/blob/main/CHANGELOG.md"
        urls["Issues"] = f"{repository}/issues"
    return {"project_urls": urls, "repository": repository}


def _generator_origins(project: Project, data: GeneratorData) -> dict[str, str]:
    """Which of openapi-python-client's templates (ours or its own) made each file."""
    ours = GENERATOR_TEMPLATES.relative_to(TEMPLATES.parent).as_posix()

    def template(name: str) -> str:
        if (GENERATOR_TEMPLATES / name).exists():
            return f"{ours}/{name}"
        return f"openapi-python-client's {name} (override it in {ours}/)"

    origins = {
        "pyproject.toml": template("pyproject.toml.jinja"),
        "README.md": template("README.md.jinja"),
        "kirimchat/__init__.py": template("package_init.py.jinja"),
        "kirimchat/py.typed": "scripts/generation/render.py (the PEP 561 marker)",
        "kirimchat/client.py": template("client.py.jinja"),
        "kirimchat/models/__init__.py": template("models_init.py.jinja"),
    }
    for model in data.models:
        origins[f"kirimchat/models/{model.class_info.module_name}.py"] = template("model.py.jinja")
    for enum in data.enums:
        name = "literal_enum.py.jinja" if project.config.literal_enums else "str_enum.py.jinja"
        origins[f"kirimchat/models/{enum.class_info.module_name}.py"] = template(name)
    return origins


def copy_runtime(package_dir: Path) -> None:
    """Copy runtime/kirimchat/*.py over whatever the generator wrote under the same names.

    Called after formatting, so that each copy is byte for byte its source: the runtime is
    formatted and linted in place, under the scripts' stricter rules.
    """
    for source in sorted(RUNTIME.rglob("*.py")):
        target = package_dir / source.relative_to(RUNTIME)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())


# How each kind of file says what it was made from, in its own comment syntax.
_COMMENTS = {".py": "# {}", ".toml": "# {}", ".md": "<!-- {} -->", ".typed": "# {}"}


def stamp(out: Path, origins: dict[str, str]) -> None:
    """Open every file of ``out`` with one line naming its source; a file of unknown origin
    is a generator bug, named."""
    runtime = RUNTIME.relative_to(TEMPLATES.parent).as_posix()
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        relative = path.relative_to(out).as_posix()
        module = relative.removeprefix("kirimchat/")
        if relative != module and (RUNTIME / module).exists():
            line = (
                f"Copied from {runtime}/{module} by `make generate`: edit that file, not this one."
            )
        elif relative in origins:
            line = (
                f"Generated from openapi.yaml by `make generate` with {origins[relative]}: "
                "edit that, not this file."
            )
        else:
            raise RenderError(f"{relative}: generated, but nothing says from what")
        text = path.read_text(encoding="utf-8")
        if text.startswith("# Generated from openapi.yaml by datamodel-code-generator"):
            continue  # its own header says it (pyproject.toml's custom-file-header)
        path.write_text(_COMMENTS[path.suffix].format(line) + "\n" + text, encoding="utf-8")


def _render_own(project: Project, sdk: reading.Sdk, package_dir: Path) -> dict[str, str]:
    origins = {}
    env = project.env
    env.loader = _own_loader(env.loader)
    for template_path in sorted(OWN_TEMPLATES.rglob("*.jinja")):
        relative = template_path.relative_to(OWN_TEMPLATES).as_posix()
        contexts: list[dict[str, Any]]
        if "{tag}" in relative:
            contexts = [{"resource": resource} for resource in sdk.resources]
        else:
            contexts = [{}]
        template = env.get_template(f"kirimchat/{relative}")
        for context in contexts:
            name = relative.removesuffix(".jinja")
            if "resource" in context:
                name = name.replace("{tag}", context["resource"].module)
            target = package_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                text = template.render(sdk=sdk, **context)
            except Exception as exc:  # a template bug: say which template, then the cause
                raise RenderError(
                    f"templates/kirimchat/{relative}: {type(exc).__name__}: {exc}"
                ) from exc
            target.write_text(text, encoding="utf-8")
            origins[f"kirimchat/{name}"] = f"templates/kirimchat/{relative}"
    return origins


def _template_frame(error: BaseException) -> str:
    """``file.jinja:LINE: ErrorType: message`` for the innermost template frame of ``error``."""
    import traceback

    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".jinja")]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}: " if frames else ""
    return f"{where}{type(error).__name__}: {error}"


def _own_loader(loader: Any) -> Any:
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader

    return ChoiceLoader([PrefixLoader({"kirimchat": FileSystemLoader(str(OWN_TEMPLATES))}), loader])
