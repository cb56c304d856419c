# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

TemplateObject = Literal["template"]
"""Always `template`."""

TEMPLATE_OBJECT_VALUES: frozenset[TemplateObject] = frozenset({"template"})


def check_template_object(value: str) -> TemplateObject:
    """``value`` as a ``TemplateObject``, read from a response.

    A value outside ``TEMPLATE_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(TemplateObject, value)
