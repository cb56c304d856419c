"""The sandbox: a small, stateful, local Kirim Chat API for trying and testing the SDK.

Prism (scripts/mock) answers from the spec's examples and remembers nothing. The sandbox keeps
state, so it can show what Prism cannot: idempotent attaches and detaches, team and
organisation scoping, bulk counts, unique label names, cursors tied to their filters, the
per-organisation read and write rate limits, request ids, idempotency-key replays and
injected faults.

It is driven by openapi.yaml (or the spec SandboxConfig.spec names): every operation in the
spec becomes a route, its parameters and body are validated with jsonschema against the spec's
own schemas, and every response body is checked against its documented schema. Adding an
operation means adding it to the spec and writing one handler in the module of its tag under
`handlers/` (handlers/__init__.py says how); until then it answers 501 naming it (after
validating the request).

    python -m scripts.sandbox --port 8000     # or `make sandbox`
    from scripts.sandbox import SandboxConfig, running_sandbox   # in tests, from the root

Modules, one concern each:
    config.py       the knobs (rate limit, faults) and their defaults
    ids.py          Crockford base32 ids: req_, ctc_, lbl_, org_, key_ ...
    world.py        the state (organisations, teams, accounts, keys, contacts, labels,
                    conversations, messages, templates, journal) and its seed
    spec.py         reads the spec into operations, parameters and jsonschema validators
    errors.py       the documented errors, as an exception carrying type, code and param
    ratelimit.py    token buckets per organisation and request class
    idempotency.py  Idempotency-Key: replay of the first response, rejection of reuse
    faults.py       injected 500s and dropped connections (off by default)
    cursors.py      opaque, HMAC-signed pagination cursors, tied to their list and filters
    pagination.py   one page of a list, newest first
    views.py        how the world's objects look in responses
    messaging.py    sending and receiving messages, and a sent one's status steps
    webhooks.py     subscriptions, events and their signed, retried deliveries
    call.py         what a handler gets: the validated request and shared lookups
    handlers/       one module per tag of the spec: the API's behaviour, one handler per
                    operationId, registered in handlers/__init__.py
    simulate.py     the sandbox's own routes (/_sandbox/...): what WhatsApp would do
    app.py          the Starlette app: the request pipeline around the handlers
    server.py       uvicorn in a thread, on a socket it already holds (tests, demo, contract)
    cli.py          `python -m scripts.sandbox`: prints a key and ids, runs until Ctrl-C
"""

from .app import Sandbox, create_app
from .config import SandboxConfig
from .server import RunningSandbox, SandboxHost, running_sandbox, sandbox_host
from .world import SeedIds, World, seed_world

__all__ = [
    "RunningSandbox",
    "Sandbox",
    "SandboxConfig",
    "SandboxHost",
    "SeedIds",
    "World",
    "create_app",
    "running_sandbox",
    "sandbox_host",
    "seed_world",
]
