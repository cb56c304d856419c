"""The two generators agree: for every response schema in openapi.yaml, instances generated
from the schema are accepted by the SDK's attrs models (openapi-python-client) and by the
pydantic models (datamodel-code-generator), and both give back the same JSON.

The schemas are found by walking the spec's responses, so a new response is checked as soon as
it is in the spec.
"""

from __future__ import annotations

import copy
from typing import Any

import kirimchat.models
import kirimchat_pydantic
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from schema_strategy import strategy
from support import SPEC, instants

from scripts.sandbox.spec import resolve

SCHEMA_PREFIX = "#/components/schemas/"
DOCUMENT = yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def response_schema_names() -> list[str]:
    """The named schema of every JSON response of every operation (an inline one has no model
    of either generator's to compare)."""
    names = set()
    for item in DOCUMENT["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for response in operation["responses"].values():
                for media in resolve(DOCUMENT, response).get("content", {}).values():
                    ref = media.get("schema", {}).get("$ref", "")
                    if ref.startswith(SCHEMA_PREFIX):
                        names.add(ref.removeprefix(SCHEMA_PREFIX))
    return sorted(names)


def closed(schema: Any) -> Any:
    """The schema with every object closed to undeclared properties.

    The two generators differ there by design: the attrs models keep unknown fields (in
    `additional_properties`) and the pydantic models drop them. The cross-check is about the
    documented fields, so instances carry no others.
    """
    if isinstance(schema, dict):
        schema = {key: closed(value) for key, value in schema.items()}
        if schema.get("type") == "object" and "properties" in schema:
            schema.setdefault("additionalProperties", False)
    elif isinstance(schema, list):
        schema = [closed(value) for value in schema]
    return schema


CLOSED = {**DOCUMENT, "components": closed(copy.deepcopy(DOCUMENT["components"]))}


def instances(name: str) -> st.SearchStrategy[dict[str, Any]]:
    schema = CLOSED["components"]["schemas"][name]
    # The generator is ours (tests/schema_strategy.py), so its output is checked, too.
    validator = Draft202012Validator({**schema, "components": CLOSED["components"]})

    def checked(instance: dict[str, Any]) -> dict[str, Any]:
        validator.validate(instance)  # raises if the generator produced an invalid instance
        return instance

    generated: st.SearchStrategy[dict[str, Any]] = strategy(schema, CLOSED)
    return generated.map(checked)


RESPONSE_SCHEMAS = response_schema_names()


def test_the_walk_finds_named_schemas_of_the_spec() -> None:
    assert RESPONSE_SCHEMAS, "no response of openapi.yaml names a schema"
    assert set(RESPONSE_SCHEMAS) <= set(DOCUMENT["components"]["schemas"])


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_attrs_and_pydantic_models_round_trip_generated_instances_alike(name: str) -> None:
    attrs_model = getattr(kirimchat.models, name)
    pydantic_model = getattr(kirimchat_pydantic, name)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(instances(name))
    def round_trip(instance: dict[str, Any]) -> None:
        from_attrs = attrs_model.from_dict(copy.deepcopy(instance)).to_dict()
        from_pydantic = pydantic_model.model_validate(instance).model_dump(
            mode="json", exclude_unset=True, by_alias=True
        )
        # The same JSON, date-times compared as instants (`Z` or `+00:00`: see support.instants).
        assert instants(from_attrs) == instants(instance)
        assert from_pydantic == instance

    round_trip()
