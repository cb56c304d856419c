"""`make demo`: the kirimchat SDK against a sandbox this script starts (and stops).

    python scripts/demo.py

Attaches a label twice (idempotent), shows the request id and rate-limit headers of a raw
response, meets a not-found, a bad key and a rate limit that the client waits out, and a
server error that it retries. Then the webhook loop: a receiver on 127.0.0.1 subscribes,
a message is sent, and its status changes arrive as signed events that the receiver checks
with `client.webhooks.unwrap`. Against the real API, drop `base_url` and set KIRIM_API_KEY.
"""

from __future__ import annotations

import queue
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import kirimchat
from kirimchat.models import MessageStatusEvent

from scripts.sandbox import SandboxConfig, running_sandbox
from scripts.sandbox.faults import Fault


def main() -> int:
    # A small bucket (3 writes a second) so that the rate limit shows within the demo.
    with running_sandbox(SandboxConfig(write_per_window=3, window_seconds=1)) as sandbox:
        ids = sandbox.seed
        print(f"Sandbox at {sandbox.base_url}; key {ids.api_key}\n")
        with kirimchat.KirimChat(api_key=ids.api_key, base_url=sandbox.base_url) as client:
            first = client.contacts.attach_label(ids.contact_id, label_id=ids.label_id)
            again = client.contacts.attach_label(ids.contact_id, label_id=ids.label_id)
            print(f"attach:        attached={first.attached} request_id={first._request_id}")
            print(f"attach again:  attached={again.attached} request_id={again._request_id}")

            raw = client.contacts.with_raw_response.attach_label(
                ids.second_contact_id, label_id=ids.label_id
            )
            limits = {
                name: raw.headers[name] for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining")
            }
            print(
                f"raw response:  {raw.status_code} X-Request-Id={raw.headers['X-Request-Id']}"
                f" {limits}"
            )

            try:
                client.contacts.attach_label(ids.contact_id, label_id=ids.other_team_label_id)
            except kirimchat.NotFoundError as error:
                print(f"other team:    NotFoundError code={error.code} param={error.param}")

            # The bucket is nearly empty: the client waits for each next token (pacing).
            pairs = [
                (c, label)
                for c in (ids.contact_id, ids.second_contact_id)
                for label in (ids.label_id, ids.second_label_id)
            ]
            burst = [client.contacts.attach_label(c, label_id=label) for c, label in pairs]
            print(f"burst of {len(burst)}:    all attached={all(r.attached for r in burst)}")

            sandbox.sandbox.faults.script(Fault.ERROR)
            result = client.contacts.attach_label(ids.contact_id, label_id=ids.second_label_id)
            print(f"injected 500:  retried, attached={result.attached}")

        with kirimchat.KirimChat(
            api_key="kdv_live_TavbPKwIuqOr69ALEKLNennZ", base_url=sandbox.base_url
        ) as stranger:
            try:
                stranger.contacts.attach_label(ids.contact_id, label_id=ids.label_id)
            except kirimchat.AuthenticationError as error:
                print(f"unknown key:   AuthenticationError code={error.code}")

        journal = sandbox.sandbox.world.journal
        unchanged = sum(1 for write in journal if not write.changed)
        print(
            f"\nThe sandbox carried out {len(journal)} attaches; {unchanged} found the label "
            "already there and changed nothing."
        )
    with running_sandbox(SandboxConfig(message_status_step_seconds=0.5)) as sandbox:
        webhook_loop(sandbox.base_url, sandbox.seed.api_key, sandbox.seed.account_number)
    return 0


def webhook_loop(base_url: str, api_key: str, our_number: str) -> None:
    """Send a message and print its status changes as the signed events arrive."""
    print("\nWebhooks: a receiver on 127.0.0.1, a template message, its status events")
    events: queue.Queue[Any] = queue.Queue()
    client = kirimchat.KirimChat(api_key=api_key, base_url=base_url)

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            try:
                events.put(client.webhooks.unwrap(body, self.headers, secret=secrets))
            except kirimchat.WebhookVerificationError as error:
                print(f"refused:       {error}")
                self.send_response(400)
            else:
                self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    with client:
        subscription = client.webhook_subscriptions.create(
            url=f"http://127.0.0.1:{receiver.server_port}/kirim-webhook",
            events=["message.status"],
        )
        secrets = [subscription.initial_secret]
        print(f"subscribed:    {subscription.id} secret {subscription.initial_secret[:12]}…")
        message = client.messages.send(
            body={
                "from": our_number,
                "to": "+6281234567890",
                "type": "template",
                "template": {"name": "order_confirmation", "language": "id_ID"},
            }
        )
        print(f"sent:          {message.id} {message.status}")
        status = message.status
        while status not in ("read", "failed"):
            event = events.get(timeout=30)
            if isinstance(event, MessageStatusEvent):
                status = event.data.message.status
                print(f"event:         {event.type} {event.data.message.id} {status}")
        deliveries = list(client.webhook_deliveries.list(subscription_id=subscription.id))
        print(f"deliveries:    {len(deliveries)}, all {sorted({d.status for d in deliveries})}")
    receiver.shutdown()


if __name__ == "__main__":
    sys.exit(main())
