"""Responses and unions, on a fixture spec of their own (tests/fixtures/generator/responses.yaml):
200/201/202 with a body, 204 and 202 without one (the call returns None), several 2xx on one
operation, text/plain and empty error bodies; oneOf with a discriminator (with and without a
mapping) in request bodies, nested in arrays, and oneOf without one in responses."""

from __future__ import annotations

import asyncio
import inspect
import typing
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from generator_support import Server, async_client, client, generate_package, reply

WIDGET = {"id": "wdg_0001", "name": "w", "content": {"kind": "text", "body": "hi"}}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return generate_package("responses", tmp_path_factory.mktemp("gen") / "responses")


def test_no_body_success_returns_none_and_is_typed_so(pkg: ModuleType) -> None:
    server = Server([reply(204)])
    assert client(pkg, server).widgets.delete("wdg_0001") is None
    assert server.last.method == "DELETE"
    assert server.last.url.path == "/v1/widgets/wdg_0001"
    resources = import_module(f"{pkg.__name__}.resources.widgets")
    hints = typing.get_type_hints(resources.Widgets.delete, vars(resources))
    assert hints["return"] is type(None)
    assert inspect.signature(resources.Widgets.ping).return_annotation == "None"


def test_202_without_a_body_returns_none_async(pkg: ModuleType) -> None:
    server = Server([reply(202)])

    async def ping() -> Any:
        async with async_client(pkg, server) as api:
            return await api.widgets.ping("wdg_0001")

    assert asyncio.run(ping()) is None
    assert server.last.method == "POST"


def test_201_body_is_parsed_into_its_model(pkg: ModuleType) -> None:
    server = Server([reply(201, {"data": WIDGET})])
    created = client(pkg, server).widgets.create(name="w", content={"kind": "text", "body": "hi"})
    assert created.data.id == "wdg_0001"
    assert type(created.data.content).__name__ == "TextContent"


def test_each_success_status_gets_its_own_model(pkg: ModuleType) -> None:
    server = Server([reply(200, {"data": WIDGET}), reply(202, {"job_id": "j1"})])
    api = client(pkg, server)
    assert type(api.widgets.archive("wdg_0001")).__name__ == "WidgetEnvelope"
    later = api.widgets.archive("wdg_0001")
    assert type(later).__name__ == "Job" and later.job_id == "j1"
    assert "WidgetEnvelope | Job" in str(
        inspect.signature(import_module(f"{pkg.__name__}.resources.widgets").Widgets.archive)
    )


@pytest.mark.parametrize(
    "error_reply",
    [reply(404, "no such widget", "text/plain"), reply(404)],
    ids=["text-plain", "empty"],
)
def test_plain_text_and_empty_error_bodies_raise_the_typed_error(
    pkg: ModuleType, error_reply: Any
) -> None:
    server = Server([error_reply])
    with pytest.raises(pkg.NotFoundError) as caught:
        client(pkg, server).widgets.get("wdg_0001")
    assert caught.value.status_code == 404


def test_raw_response_of_a_no_body_call_parses_to_none(pkg: ModuleType) -> None:
    server = Server([reply(204)])
    raw = client(pkg, server).widgets.with_raw_response.delete("wdg_0001")
    assert raw.status_code == 204
    assert raw.parse() is None


def test_discriminated_body_is_sent_from_a_dict_or_a_response_model(pkg: ModuleType) -> None:
    server = Server([reply(201, {"data": WIDGET}), reply(201, {"data": WIDGET})])
    api = client(pkg, server)
    models = import_module(f"{pkg.__name__}.models")
    # A model the API returned may be sent back as it is: it is encoded by its to_dict().
    image = models.ImageContent(kind="image", url="https://x.example/a.png")
    api.widgets.create(name="w", content=image, parts=[{"type": "Bolt", "length": 3}])
    assert server.last_json() == {
        "name": "w",
        "content": {"kind": "image", "url": "https://x.example/a.png"},
        "parts": [{"type": "Bolt", "length": 3}],
    }
    api.widgets.create(
        name="w", content={"kind": "text", "body": "hi"}, parts=[{"type": "Nut", "size": 2}]
    )
    assert server.last_json()["parts"] == [{"type": "Nut", "size": 2}]


@pytest.mark.parametrize(
    ("arguments", "param", "rule"),
    [
        ({"content": {"kind": "video"}}, "content.kind", "must be one of 'text', 'image'"),
        ({"content": {"kind": "text", "body": "x" * 11}}, "content.body", "at most 10"),
        ({"content": {"kind": "image", "url": "not a uri"}}, "content.url", "valid uri"),
        ({"content": {"kind": "text"}}, "content.body", "is required"),
        (  # no mapping: the schema's name is the value
            {"content": {"kind": "text", "body": "a"}, "parts": [{"type": "Nut", "size": 21}]},
            "parts[0].size",
            "at most 20",
        ),
        (
            {"content": {"kind": "text", "body": "a"}, "parts": [{"type": "Washer"}]},
            "parts[0].type",
            "must be one of 'Bolt', 'Nut'",
        ),
    ],
)
def test_discriminated_unions_are_checked_before_sending(
    pkg: ModuleType, arguments: dict[str, Any], param: str, rule: str
) -> None:
    server = Server()
    with pytest.raises(pkg.ParamValidationError) as caught:
        client(pkg, server).widgets.create(name="w", **arguments)
    assert caught.value.param == param
    assert rule in caught.value.rule
    assert server.requests == []


def test_undiscriminated_union_in_a_response_array_picks_the_matching_branch(
    pkg: ModuleType,
) -> None:
    server = Server([reply(200, {"shapes": [{"radius": 1.5}, {"side": 2}]})])
    shapes = client(pkg, server, strict_response_validation=True).widgets.list_shapes().shapes
    assert [type(s).__name__ for s in shapes] == ["Circle", "Square"]


def test_a_discriminated_response_is_parsed_into_its_branch(pkg: ModuleType) -> None:
    image = {**WIDGET, "content": {"kind": "image", "url": "https://x.example/i.png"}}
    server = Server([reply(200, {"data": image})])
    widget = client(pkg, server, strict_response_validation=True).widgets.get("wdg_0001").data
    assert type(widget.content).__name__ == "ImageContent"
    assert widget.content.url == "https://x.example/i.png"


def test_generated_layer_declares_each_operation_once_as_data(
    pkg: ModuleType, tmp_path: Path
) -> None:
    declarations = import_module(f"{pkg.__name__}._api")
    operation = declarations.ARCHIVE_WIDGET
    assert (operation.method, operation.path) == ("post", "/widgets/{widget_id}/archive")
    assert operation.name == "archiveWidget"
    assert sorted(operation.responses) == [200, 202]
    assert declarations.DELETE_WIDGET.responses == {204: None}
    package = Path(pkg.__file__ or "").parent
    assert not (package / "api").exists(), "no per-operation package beside the declarations"


def test_a_body_that_is_a_union_is_taken_whole_as_a_dict(pkg: ModuleType) -> None:
    server = Server([reply(202), reply(202)])
    api = client(pkg, server)
    assert api.widgets.post_notice(body={"kind": "text", "body": "hi"}) is None
    assert server.last_json() == {"kind": "text", "body": "hi"}
    api.widgets.post_notice(body={"kind": "image", "url": "https://x.example/i.png"})
    assert server.last_json()["kind"] == "image"
    with pytest.raises(pkg.ParamValidationError) as caught:
        api.widgets.post_notice(body={"kind": "image", "url": "nope"})
    assert caught.value.param == "url"
    assert len(server.requests) == 2


def test_a_response_that_is_a_union_is_parsed_into_the_matching_model(pkg: ModuleType) -> None:
    server = Server([reply(200, {"side": 3}), reply(200, {"radius": 1})])
    api = client(pkg, server, strict_response_validation=True)
    square = api.widgets.get_shape("s1")
    assert type(square).__name__ == "Square" and square.side == 3
    assert type(api.widgets.get_shape("s2")).__name__ == "Circle"
    annotation = inspect.signature(
        import_module(f"{pkg.__name__}.resources.widgets").Widgets.get_shape
    ).return_annotation
    assert annotation == "Circle | Square"


def test_a_deprecated_parameter_warns_when_given() -> None:
    """Covered on the parameters fixture; here only the runtime rule, without a spec."""
    from kirimchat._operations import Operation, Param
    from kirimchat._validation import String

    operation = Operation(
        "get", "/x", params=(Param("old", "query", String(), "old", deprecated=True),)
    )
    with pytest.warns(DeprecationWarning, match="old"):
        assert operation.request(("v",))["params"] == [("old", "v")]
