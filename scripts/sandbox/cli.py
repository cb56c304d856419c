"""`python -m scripts.sandbox`: run a sandbox until Ctrl-C, printing a key and ids to try."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path

from .app import Sandbox
from .config import DEFAULT_MESSAGE_STATUS_STEP_SECONDS, SandboxConfig
from .server import listening_socket, uvicorn_server
from .simulate import INBOUND_PATH


def parse(argv: Sequence[str]) -> argparse.Namespace:
    defaults = SandboxConfig()
    parser = argparse.ArgumentParser(
        prog="python -m scripts.sandbox", description="A stateful local Kirim Chat API."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--spec", type=Path, default=defaults.spec)
    parser.add_argument(
        "--write-limit",
        type=int,
        default=defaults.write_per_window,
        help="writes per window and organisation (default %(default)s)",
    )
    parser.add_argument(
        "--read-limit",
        type=int,
        default=defaults.read_per_window,
        help="reads per window and organisation (default %(default)s)",
    )
    parser.add_argument(
        "--window",
        type=float,
        default=defaults.window_seconds,
        help="seconds in which an empty bucket refills (default %(default)s)",
    )
    parser.add_argument(
        "--error-rate",
        type=float,
        default=0.0,
        help="share of requests answered with an injected 500",
    )
    parser.add_argument(
        "--drop-rate",
        type=float,
        default=0.0,
        help="share of requests whose connection is dropped after the work",
    )
    parser.add_argument(
        "--status-step",
        type=float,
        default=DEFAULT_MESSAGE_STATUS_STEP_SECONDS,
        help="seconds between a sent message's status steps, each a webhook (default %(default)s)",
    )
    parser.add_argument("--fault-seed", type=int, default=None)
    parser.add_argument("--log-level", default="info")
    return parser.parse_args(argv)


def banner(sandbox: Sandbox, base_url: str) -> str:
    seed = sandbox.seed
    lines = [
        f"sandbox: ready at {base_url}",
        "",
        "  For the SDK (and the README's tour), in another shell:",
        f"    export KIRIM_BASE_URL={base_url}",
        f"    export KIRIM_API_KEY={seed.api_key}",
        "",
        "  Seeded ids (organisation Acme unless said otherwise):",
    ]
    lines += [f"    {f.name:<26} {getattr(seed, f.name)}" for f in fields(seed)]
    lines += [
        "",
        "  Try:",
        f"    curl -s -X POST {base_url}/contacts/{seed.contact_id}/labels \\",
        f"      -H 'Authorization: Bearer {seed.api_key}' \\",
        f"      -H 'Content-Type: application/json' -d '{{\"label_id\": \"{seed.label_id}\"}}'",
        "",
        "  Webhooks go to https:// URLs, and here also to http://127.0.0.1. A contact writes:",
        f"    curl -s -X POST {base_url.removesuffix(sandbox.base_path)}{INBOUND_PATH} \\",
        f"      -H 'Authorization: Bearer {seed.api_key}' \\",
        '      -d \'{"from": "+6281234567890", "text": "Halo"}\'',
        "",
        f"  Limits: {sandbox.config.write_per_window} writes and "
        f"{sandbox.config.read_per_window} reads per {sandbox.config.window_seconds:g} s; "
        f"faults: {sandbox.config.error_rate:.0%} 500s, {sandbox.config.drop_rate:.0%} drops."
        "  Ctrl-C stops it.",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    args = parse(argv)
    try:
        config = SandboxConfig(
            spec=args.spec,
            write_per_window=args.write_limit,
            read_per_window=args.read_limit,
            window_seconds=args.window,
            error_rate=args.error_rate,
            drop_rate=args.drop_rate,
            fault_seed=args.fault_seed,
            message_status_step_seconds=args.status_step,
        )
    except ValueError as problem:
        print(f"sandbox: {problem}", file=sys.stderr)
        return 2
    sandbox = Sandbox(config)
    try:
        sock = listening_socket(args.host, args.port)
    except OSError as problem:
        # Most often another `make sandbox` still running: say so and how to pick another.
        print(
            f"sandbox: cannot listen on {args.host}:{args.port} ({problem.strerror}): another "
            "server, perhaps another 'make sandbox', has it. Pick another port: "
            f"make sandbox SANDBOX_PORT={args.port + 1} (or --port {args.port + 1}).",
            file=sys.stderr,
        )
        return 1
    host, port = sock.getsockname()[:2]
    # The socket listens already: a client may connect as soon as this is printed.
    print(banner(sandbox, f"http://{host}:{port}{sandbox.base_path}"), flush=True)
    uvicorn_server(sandbox.app, log_level=args.log_level).run(sockets=[sock])
    return 0
