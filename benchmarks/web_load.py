"""How many questions one `faqbot web` worker answers, and how fast, under concurrent load.

Run from a checkout:  PYTHONPATH=. python benchmarks/web_load.py [--clients 50] [--seconds 20]

It starts one real worker (`python -m faqbot web --no-rate-limit --no-stats`, uvicorn, the
bundled content) on 127.0.0.1 only, then runs N concurrent clients (asyncio, one keep-alive
HTTP/1.1 connection each; a hand-written client, because a full Python HTTP client would use
more CPU than the server on this 2-core machine and measure itself). Each client asks the
patient questions of content/tests.yaml in turn, as a phone does: POST /ask, and when that
redirects to an answer, GET the answer page. One question's latency runs from sending the POST
to reading the last byte of the page the patient sees. The rate limit is off because every
client here has the same address; statistics are off (their cost is in
recording_overhead.py). Memory is the worker's resident set size (VmRSS) before and after.
Targets from issue 12: at 50 clients, >= 300 questions/s per worker and p99 <= 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import yaml

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def questions() -> list[str]:
    cases = yaml.safe_load((ROOT / "content" / "tests.yaml").read_text(encoding="utf-8"))
    return [str(case["q"]) for case in cases]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def read_response(reader: asyncio.StreamReader) -> tuple[int, str | None]:
    """Status and Location of one response; the body is read and dropped."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length, location = 0, None
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "content-length":
            length = int(value)
        elif name.lower() == "location":
            location = value.strip()
    await reader.readexactly(length)
    return status, location


async def client(port: int, asked: list[str], until: float, latencies: list[float],
                 kinds: dict[int, int], offset: int, interval: float, phase: float) -> None:
    """One phone: a question every `interval` seconds (0: as fast as answers come back)."""
    reader, writer = await asyncio.open_connection(HOST, port)
    i = offset
    due = time.perf_counter() + interval * phase  # the clients spread evenly over an interval
    try:
        while time.perf_counter() < until:
            if interval:
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                due += interval
            body = ("q=" + quote(asked[i % len(asked)])).encode()
            i += 1
            start = time.perf_counter()
            writer.write(b"POST /ask HTTP/1.1\r\nHost: bench\r\n"
                         b"Content-Type: application/x-www-form-urlencoded\r\n"
                         b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            status, location = await read_response(reader)
            if status == 303 and location:
                writer.write(f"GET {location} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
                status, _ = await read_response(reader)
            # Paced: from when the question was due, so a late send counts against the server.
            latencies.append(time.perf_counter() - (min(start, due - interval) if interval
                                                    else start))
            kinds[status] = kinds.get(status, 0) + 1
    finally:
        writer.close()


async def load(port: int, clients: int, seconds: float,
               rate: float) -> tuple[list[float], dict[int, int]]:
    """`rate` questions/s shared by the clients, or 0 for each as fast as it can."""
    asked = questions()
    latencies: list[float] = []
    kinds: dict[int, int] = {}
    until = time.perf_counter() + seconds
    interval = clients / rate if rate else 0.0
    await asyncio.gather(*(client(port, asked, until, latencies, kinds, n * 7, interval,
                                  n / clients) for n in range(clients)))
    return latencies, kinds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--rate", type=float, default=300.0,
                        help="questions/s offered by all clients together (default 300, the "
                        "target); 0 = each client asks again as soon as it has its answer")
    args = parser.parse_args()
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "faqbot", "web", "--host", HOST, "--port", str(port),
         "--no-rate-limit", "--no-stats"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection((HOST, port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    print("the server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.1)
        idle = rss_kib(server.pid)
        asyncio.run(load(port, args.clients, args.warmup, args.rate))
        latencies, statuses = asyncio.run(load(port, args.clients, args.seconds, args.rate))
        loaded = rss_kib(server.pid)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    latencies.sort()
    count = len(latencies)
    ms = [x * 1000 for x in latencies]
    offered = f"{args.rate:g} questions/s offered" if args.rate else "as fast as answered"
    print(f"clients: {args.clients} ({offered}), {args.seconds:g} s measured after "
          f"{args.warmup:g} s warm-up, one worker, loopback")
    print(f"questions: {count}  ({count / args.seconds:.0f} questions/s; each = POST /ask, "
          "plus GET of the answer page when redirected)")
    print(f"latency ms: p50 {statistics.median(ms):.1f}  p90 {ms[int(count * 0.9)]:.1f}  "
          f"p99 {ms[int(count * 0.99)]:.1f}  max {ms[-1]:.1f}")
    print(f"final statuses: {dict(sorted(statuses.items()))}")
    print(f"worker memory (VmRSS): {idle / 1024:.1f} MiB idle, {loaded / 1024:.1f} MiB after load")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
