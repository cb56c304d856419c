"""Render the kirimchat package from a validated spec.

openapi-python-client renders its own fixed set of templates (ours override some of them, from
templates/openapi-python-client/). Our own templates live in templates/kirimchat/ and are rendered
here with the generator's Jinja environment, so they can use its macros and see the endpoints
and models exactly as the generator parsed them. A template whose path contains ``{tag}`` is
rendered once per tag (``resources/{tag}.py.jinja`` → ``resources/contacts.py``). The
runtime (runtime/kirimchat/, plain Python that does not vary with the spec) is copied in
by ``copy_runtime``, after the rendered tree is formatted.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import sdk_model
from .spec import Problem, Spec

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
GENERATOR_CONFIG = TEMPLATES / "openapi-python-client.yaml"
GENERATOR_TEMPLATES = TEMPLATES / "openapi-python-client"
OWN_TEMPLATES = TEMPLATES / "kirimchat"
# The SDK's runtime: plain Python, copied as it is (linted, type-checked and tested in place).
RUNTIME = TEMPLATES.parent / "runtime" / "kirimchat"


class RenderError(Exception):
    """openapi-python-client or one of our templates could not render the spec."""


def _describe(error: GeneratorError) -> str:
    return f"{error.level.value}: {error.header} {error.detail or ''}".strip()


def render_package(spec: Spec, spec_path: Path, out: Path) -> None:
    """Render the project (pyproject.toml, README.md, kirimchat/) into ``out``."""
    config = Config.from_sources(
        ConfigFile.load_from_path(GENERATOR_CONFIG),
        MetaType.UV,  # any value but NONE: we want pyproject.toml, whose template is ours
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=out,
    )
    data = GeneratorData.from_dict(spec.data, config=config)
    if isinstance(data, GeneratorError):
        raise RenderError(f"openapi-python-client cannot read {spec_path.name}: {_describe(data)}")
    project = Project(openapi=data, config=config, custom_template_path=GENERATOR_TEMPLATES)
    try:
        sdk = sdk_model.build(spec, data)
    except sdk_model.ModelError as error:
        raise RenderError(spec.describe(Problem(error.where, error.message))) from None
    # Our overrides of the generator's templates use these too.
    project.env.globals.update(
        sdk=sdk,
        operation_for=sdk.operation_for,
        op_resource=lambda op: op.resource_attribute,
        resource_imports=sdk.resource_imports,
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
    _render_own(project, sdk, project.package_dir)


def copy_runtime(package_dir: Path) -> None:
    """Copy runtime/kirimchat/*.py over whatever the generator wrote under the same names.

    Called after formatting, so that each copy is byte for byte its source: the runtime is
    formatted and linted in place, under the scripts' stricter rules.
    """
    for source in sorted(RUNTIME.rglob("*.py")):
        target = package_dir / source.relative_to(RUNTIME)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())


def _render_own(project: Project, sdk: sdk_model.Sdk, package_dir: Path) -> None:
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


def _template_frame(error: BaseException) -> str:
    """``file.jinja:LINE: ErrorType: message`` for the innermost template frame of ``error``."""
    import traceback

    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".jinja")]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}: " if frames else ""
    return f"{where}{type(error).__name__}: {error}"


def _own_loader(loader: Any) -> Any:
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader

    return ChoiceLoader([PrefixLoader({"kirimchat": FileSystemLoader(str(OWN_TEMPLATES))}), loader])
