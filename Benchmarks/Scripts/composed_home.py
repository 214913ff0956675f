#!/usr/bin/env python3
"""Composed content (issue 14, "Done when"): the seeded home page through the `http` content
backend against `concord upstream serve`, beside the same page from one process, in one run.

    python3 Benchmarks/Scripts/composed_home.py [--concord .build/release/concord] [--duration 30]

One SQLite store, seeded once, is read by three processes: `concord upstream serve` (its content
served over the upstream contract, `--max-age 5`), a composed `concord serve` whose content backend
is `http` pointing at it (catalog and carts local, on SQLite), and a one-process `concord serve`
on the same store. Both servers run with the response cache off, so each request executes.

It checks that both servers answer the home page (StorefrontQueries.home) with the same bytes,
measures each with wrk (2 threads, 64 connections), then kills the upstream: the home page read
before must still come back, marked stale, within the deadline, while a product read from the
local catalog is unaffected; after the upstream restarts, answers are fresh again within max-age.
Needs wrk.
"""
import argparse, json, os, re, signal, subprocess, sys, tempfile, time, urllib.request

from storefront_load import storefront_query, write_wrk_script, wrk, wrk_result  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = "composed-benchmark-token-0123456789"


def fail(message):
    sys.exit("composed_home: " + message)


def home_query():
    return storefront_query("home") or fail("StorefrontQueries.home not found")


def post(port, body, timeout=30):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + TOKEN})
    started = time.time()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, response.read(), time.time() - started


def start(args, folder, name, probe):
    log = open(os.path.join(folder, name + ".log"), "w")
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=folder)
    deadline = time.time() + 120
    while True:
        try:
            urllib.request.urlopen(probe, timeout=2).read()
            return process
        except OSError as err:
            if getattr(err, "code", None):  # an HTTP error answer: it is up
                return process
            if process.poll() is not None or time.time() > deadline:
                fail(f"{name} did not start; see {log.name}")
            time.sleep(0.2)


def load(port, script, duration):
    return wrk_result(wrk(port, script, 2, 64, duration), fail)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--concord", default=os.path.join(ROOT, ".build/release/concord"))
    parser.add_argument("--duration", type=int, default=30)
    args = parser.parse_args()
    concord = os.path.abspath(args.concord)
    folder = tempfile.mkdtemp(prefix="concord-composed-")
    store = os.path.join(folder, "store.db")
    subprocess.run([concord, "seed", "--db", store], check=True, capture_output=True, cwd=folder)
    tokens = [{"name": "bench", "kind": "storefront", "token": TOKEN, "rateLimit": {"perSecond": 1000000, "burst": 1000000}}]
    local = {"tokens": tokens, "responseCache": {"entries": 0}}
    composed = {"tokens": tokens, "responseCache": {"entries": 0}, "upstreamDeadlineMs": 2000,
                "catalog": {"backend": "sqlite", "path": store},
                "content": {"backend": "http", "url": "http://127.0.0.1:19101", "service": "content", "timeoutMs": 800},
                "carts": {"backend": "sqlite", "path": os.path.join(folder, "carts.db")}}
    for name, config in (("local", local), ("composed", composed)):
        with open(os.path.join(folder, name + ".json"), "w") as f:
            json.dump(config, f)
    upstream_args = [concord, "upstream", "serve", "--db", store, "--port", "19101", "--max-age", "5"]
    upstream = start(upstream_args, folder, "upstream", "http://127.0.0.1:19101/")
    one = start([concord, "serve", "--config", os.path.join(folder, "local.json"), "--db", store, "--port", "19102"],
                folder, "local", "http://127.0.0.1:19102/healthz")
    two = start([concord, "serve", "--config", os.path.join(folder, "composed.json"), "--db", os.path.join(folder, "unused.db"),
                 "--port", "19103"], folder, "composed", "http://127.0.0.1:19103/healthz")
    try:
        body = json.dumps({"query": home_query(), "variables": {}}).encode()
        _, a, _ = post(19102, body)
        _, b, _ = post(19103, body)
        if b"errors" in a or len(a) < 1000:
            fail(f"the one-process home page is not a page: {a[:300]!r}")
        same = a == b
        print(f"home page: {len(a)} bytes from one process, {len(b)} composed: {'the same bytes' if same else 'DIFFERENT'}")
        script = write_wrk_script(folder, "home", TOKEN, body)
        rows = []
        for name, port in (("one process (content in process, SQLite)", 19102), ("composed (content over http)", 19103)):
            load(port, script, 5)  # warm-up
            r = load(port, script, args.duration)
            rows.append((name, r))
        print(f"\nthe seeded home page, response cache off, wrk 2 threads 64 connections, {args.duration} s\n")
        print("| server | req/s | p50 ms | p99 ms | errors |")
        print("| --- | --- | --- | --- | --- |")
        for name, r in rows:
            print(f"| {name} | {r['rps']:,.0f} | {r['p50_us'] / 1000:.1f} | {r['p99_us'] / 1000:.1f} | {r['errors'] + r['status']} |")

        # The upstream killed: once its copies are past max-age, the page read before comes back
        # stale (from the http backend's copies) within the deadline.
        upstream.send_signal(signal.SIGKILL)
        upstream.wait()
        status, fresh, seconds = post(19103, body)
        print(f"\nupstream killed, within max-age: HTTP {status} in {seconds * 1000:.0f} ms, "
              f"marked stale: {bool(json.loads(fresh).get('extensions', {}).get('stale'))}")
        time.sleep(6)
        status, stale, seconds = post(19103, body)
        answer = json.loads(stale)
        marked = bool(answer.get("extensions", {}).get("stale"))
        print(f"upstream killed, past max-age: HTTP {status} in {seconds * 1000:.0f} ms, marked stale: {marked} "
              f"({len(answer.get('extensions', {}).get('stale', []))} entries), errors: {'errors' in answer}, "
              f"same data: {answer.get('data') == json.loads(a).get('data')}")
        product = json.dumps({"query": "{ products(first: 3, sortKey: ID) { nodes { handle title } } }"}).encode()
        status, local_product, seconds = post(19103, product)
        print(f"local catalog while the upstream is down: HTTP {status} in {seconds * 1000:.0f} ms, "
              f"errors: {'errors' in json.loads(local_product)}, stale: {'extensions' in json.loads(local_product)}")
        upstream = start(upstream_args, folder, "upstream-again", "http://127.0.0.1:19101/")
        restarted = time.time()
        while True:
            _, again, _ = post(19103, body)
            if "extensions" not in json.loads(again):
                print(f"upstream restarted: fresh again after {time.time() - restarted:.1f} s (max-age 5 s)")
                break
            if time.time() - restarted > 15:
                print("upstream restarted: still stale after 15 s")
                break
            time.sleep(0.2)
    finally:
        for process in (upstream, one, two):
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=30)


if __name__ == "__main__":
    main()
