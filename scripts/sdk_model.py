"""What our own templates need to know about the API, computed once from the spec.

openapi-python-client's parsed data gives Python names and types; the raw spec gives what the
generator drops (patterns, lengths, enums, servers, tags' descriptions). Templates stay simple
because the decisions are made here, in plain Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from spec import Spec


@dataclass
class Resource:
    """The operations of one tag, exposed as ``client.<attribute>``."""

    tag: str
    module: str  # resources/<module>.py and the generated api/<module>/ package
    attribute: str
    class_name: str
    description: str
    operations: list[Any] = field(default_factory=list)


@dataclass
class Sdk:
    title: str
    version: str
    base_url: str
    resources: list[Resource]


def build(spec: Spec, data: GeneratorData) -> Sdk:
    servers = spec.data.get("servers") or [{"url": "http://localhost"}]
    tags = {t["name"]: t for t in spec.data.get("tags", [])}
    resources = []
    for module, collection in sorted(data.endpoint_collections_by_tag.items()):
        tag = next((name for name in tags if str(module) == _identifier(name)), str(module))
        resources.append(
            Resource(
                tag=tag,
                module=str(module),
                attribute=str(module),
                class_name="".join(part.capitalize() for part in str(module).split("_")),
                description=tags.get(tag, {}).get("description", ""),
                operations=list(collection.endpoints),
            )
        )
    return Sdk(
        title=spec.data["info"]["title"],
        version=spec.data["info"]["version"],
        base_url=servers[0]["url"],
        resources=resources,
    )


def _identifier(name: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in name).lower()
