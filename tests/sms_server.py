"""A local SMS platform for tests: an HTTP server in a thread that answers from a script
and keeps every request it received."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b'{"code": "0"}'
    delay: float = 0.0
    raw: bytes | None = None  # written as it is, in place of an HTTP answer


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class SmsServer:
    url: str
    #: Answers in turn; when they run out, ``then`` answers every further request.
    script: list[Answer] = field(default_factory=list)
    then: Answer = field(default_factory=Answer)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_answer(self, request: Received) -> Answer:
        with self.lock:
            self.received.append(request)
            return self.script.pop(0) if self.script else self.then


@contextmanager
def sms_server() -> Iterator[SmsServer]:
    holder: list[SmsServer] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = Received(
                self.command,
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                self.rfile.read(length) if length else b"",
            )
            answer = holder[0].next_answer(request)
            if answer.delay:
                time.sleep(answer.delay)
            try:
                if answer.raw is not None:
                    self.wfile.write(answer.raw)
                    return
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
            except OSError:
                pass  # the sender gave up waiting (a timeout test)

        do_GET = _answer
        do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    holder.append(SmsServer(f"http://127.0.0.1:{server.server_address[1]}/sms/send"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
