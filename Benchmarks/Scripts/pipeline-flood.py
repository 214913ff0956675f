#!/usr/bin/env python3
"""Floods `concord serve` with pipelining clients that never read, for a while, and checks that
the server's resident memory stays bounded and that other clients are still served promptly.

    python3 Benchmarks/Scripts/pipeline-flood.py .build/release/concord --seconds 120

Each flooding connection sends `GET /` (the ~113 KB explorer page) REQUESTS times and never
reads; the server stops answering it once its unsent output reaches `maxPendingOutputBytes`
and closes it after `writeTimeout` (30 s), when the flooder connects again. Every second a probe
connection sends PROBE_REQUESTS pipelined /healthz and reads every answer, and the server's
VmRSS is read from /proc. With --stall-log the
server's standard output (its access log) is a pipe nobody reads after start-up, so the log must
drop lines (see concord_access_log_dropped_total) rather than stall serving.

Exit status 1 when RSS grew by more than --max-growth-mib over the warmed-up baseline, or a
probe failed or took longer than --max-probe-seconds.
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time


def rss_bytes(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def exchange(port, request, timeout):
    """Sends `request` on a new connection and reads until the server closes it."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(request)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return data
            data += chunk


def get(port, path, timeout=30.0):
    """One request on a new connection; returns (status, body bytes, seconds)."""
    start = time.monotonic()
    data = exchange(port, f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode(), timeout)
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head else 0
    return status, body, time.monotonic() - start


def probe(port, count, timeout):
    """`count` pipelined /healthz on one connection, every answer read; returns the seconds taken."""
    start = time.monotonic()
    data = exchange(port, b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n" * (count - 1)
                    + b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", timeout)
    answered = data.count(b"HTTP/1.1 200 ")
    if answered != count:
        raise OSError(f"{answered} of {count} probe requests answered")
    return time.monotonic() - start


def flood(port, requests, stop, counters):
    """Keeps one connection sending pipelined requests it never reads; reconnects when closed."""
    batch = b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n" * requests
    while not stop.is_set():
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=1.0)
            counters["connections"] += 1
            sent = 0
            while sent < len(batch) and not stop.is_set():
                try:
                    sent += s.send(batch[sent:])
                except socket.timeout:
                    continue  # the server stopped reading: exactly what is tested
            # Hold the connection, never reading, until the server closes it or time is up. An
            # empty line between requests is ignored by the server; once it has closed the
            # connection (its write timeout), sending it fails.
            while not stop.is_set():
                try:
                    s.send(b"\r\n")
                except socket.timeout:
                    pass
                except OSError:
                    break
                stop.wait(0.5)
            s.close()
        except OSError:
            stop.wait(0.2)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("concord", help="the concord executable")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--requests", type=int, default=20000, help="pipelined requests per connection")
    parser.add_argument("--max-growth-mib", type=float, default=100)
    parser.add_argument("--max-probe-seconds", type=float, default=5)
    parser.add_argument("--probe-requests", type=int, default=500,
                        help="pipelined /healthz per probe (each writes an access log line)")
    parser.add_argument("--stall-log", action="store_true", help="never read the server's standard output")
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="concord-flood-")
    schema_dir = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    server = subprocess.Popen([os.path.abspath(args.concord), "serve", "--port", "0", "--db", os.path.join(folder, "shop.db")],
                              cwd=schema_dir, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        port = None
        for raw in server.stdout:
            match = re.search(rb"explorer: http://[^:]+:(\d+)/", raw)
            if match:
                port = int(match.group(1))
            if raw.startswith(b"storefront token"):
                break
        if not port:
            print("concord serve did not start", file=sys.stderr)
            return 1
        if not args.stall_log:
            threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()

        status, page, _ = get(port, "/")
        if status != 200:
            print(f"GET / answered {status}", file=sys.stderr)
            return 1
        time.sleep(0.5)
        baseline = rss_bytes(server.pid)
        print(f"port {port}; explorer page {len(page)} bytes; baseline RSS {baseline / 2**20:.1f} MiB")

        stop = threading.Event()
        counters = {"connections": 0}
        flooders = [threading.Thread(target=flood, args=(port, args.requests, stop, counters), daemon=True)
                    for _ in range(args.connections)]
        for thread in flooders:
            thread.start()

        peak, slowest, failures, probes = baseline, 0.0, 0, 0
        deadline = time.monotonic() + args.seconds
        while time.monotonic() < deadline:
            time.sleep(1)
            peak = max(peak, rss_bytes(server.pid))
            try:
                seconds = probe(port, args.probe_requests, timeout=args.max_probe_seconds * 2)
                probes += 1
                slowest = max(slowest, seconds)
            except OSError as error:
                failures += 1
                print(f"probe failed: {error}", file=sys.stderr)
        stop.set()
        for thread in flooders:
            thread.join(timeout=5)
        metrics = get(port, "/metrics")[1].decode(errors="replace")
        dropped = re.search(r"^concord_access_log_dropped_total (\d+)", metrics, re.M)

        growth = peak - baseline
        print(f"{args.seconds:.0f} s, {args.connections} flooders ({counters['connections']} connections made), "
              f"{args.requests} pipelined GET / each")
        print(f"peak RSS {peak / 2**20:.1f} MiB, growth {growth / 2**20:.1f} MiB (bound {args.max_growth_mib} MiB)")
        print(f"{probes} probes of {args.probe_requests} requests, slowest {slowest * 1000:.0f} ms, {failures} failed")
        if dropped:
            print(f"access log lines dropped: {dropped.group(1)}")
        ok = growth <= args.max_growth_mib * 2**20 and failures == 0 and slowest <= args.max_probe_seconds
        print("ok" if ok else "FAILED")
        return 0 if ok else 1
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        subprocess.run(["rm", "-rf", folder])


if __name__ == "__main__":
    sys.exit(main())
