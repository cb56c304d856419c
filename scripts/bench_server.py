"""A minimal keep-alive HTTP/1.1 server for benchmarks: every request gets the same response.

It does as little as possible per request, so that a benchmark measures the client, not the
server. Not a test server: it ignores the method and path and checks nothing.

    python scripts/bench_server.py PORT_FILE
Listens on a free port of 127.0.0.1, writes the port to PORT_FILE, serves until killed.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

BODY = json.dumps(
    {
        "data": {
            "contact_id": "ctc_01HXYZABCDEFGHJKMNPQRSTVWX",
            "label_id": "lbl_01HXYZABCDEFGHJKMNPQRSTVWX",
            "attached": True,
        },
        "request_id": "req_01HXYZABCDEFGHJKMNPQRSTVWX",
    }
).encode()
# The rate-limit headers of a bucket that never runs low, so that the client's pacing reads
# and models every answer, as it does with the real API.
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    b"x-request-id: req_01HXYZABCDEFGHJKMNPQRSTVWX\r\n"
    b"x-ratelimit-limit: 1000000000\r\nx-ratelimit-remaining: 999999999\r\n"
    + f"x-ratelimit-reset: {int(time.time()) + 60}\r\n".encode()
    + f"content-length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)


async def _serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            writer.write(RESPONSE)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port_file: Path) -> None:
    server = await asyncio.start_server(_serve_connection, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    port_file.write_text(str(port))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1])))
