#!/usr/bin/env python3
"""Issue 10, finding 5, at full size: distinct 1 MB automatic persisted queries against a real
`concord serve`, from an editor token (no document size limit), on one keep-alive connection.
Before byte budgets every query stayed in the persisted-query store and the document cache
(about 2 MB of resident memory each). Prints the server's resident memory as it goes and fails
when it ends above the budgets plus 100 MiB.

usage: cache_budget.py CONCORD [--count 5000] [--size 1000000]
"""
import argparse, hashlib, http.client, json, os, re, subprocess, sys, tempfile, threading, time


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("concord")
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--size", type=int, default=1_000_000)
    args = ap.parse_args()
    work = tempfile.mkdtemp()
    config = {"tokens": [{"name": "editor", "kind": "editor", "token": "editor-secret-0123456789"}],
              "http": {"maxBodyBytes": args.size + 65536}}
    with open(os.path.join(work, "concord.json"), "w") as f:
        json.dump(config, f)
    server = subprocess.Popen([args.concord, "serve", "--port", "0", "--config", os.path.join(work, "concord.json"),
                               "--db", os.path.join(work, "store.db")], stdout=subprocess.PIPE, text=True)
    try:
        port = None
        for line in server.stdout:
            m = re.match(r"graphql: http://[^:]+:(\d+)/", line)
            if m:
                port = int(m.group(1))
                break
        if port is None:
            sys.exit("concord serve did not start")
        # The access log goes on to stdout: read it, as a log collector would.
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
        start = rss_mib(server.pid)
        conn = http.client.HTTPConnection("127.0.0.1", port)
        headers = {"Authorization": "Bearer editor-secret-0123456789", "Content-Type": "application/json",
                   "Accept": "application/graphql-response+json"}
        padding = "x" * args.size
        began = time.time()
        peak = start
        for n in range(args.count):
            text = "{ __typename }#%d" % n + padding
            digest = hashlib.sha256(text.encode()).hexdigest()
            body = json.dumps({"query": text, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest}}})
            conn.request("POST", "/graphql", body, headers)
            response = conn.getresponse()
            answer = response.read()
            if response.status != 200 or b'"__typename":"' not in answer:
                sys.exit(f"request {n}: {response.status} {answer[:200]!r}")
            if n % 500 == 499:
                peak = max(peak, rss_mib(server.pid))
                print(f"{n + 1} queries: RSS {rss_mib(server.pid):.0f} MiB", flush=True)
        conn.request("GET", "/metrics")
        metrics = conn.getresponse().read().decode()
        end = rss_mib(server.pid)
        peak = max(peak, end)
        print(f"{args.count} distinct {args.size}-byte persisted queries in {time.time() - began:.0f} s: "
              f"RSS {start:.0f} MiB at start, {end:.0f} MiB at the end, {peak:.0f} MiB at most")
        for line in metrics.splitlines():
            if line.startswith("concord_cache_"):
                print("  " + line)
        budgets = sum(int(v) for v in re.findall(r'concord_cache_budget_bytes\{cache="[^"]+"\} (\d+)', metrics)) / 2**20
        if peak > start + budgets + 100:
            sys.exit(f"resident memory grew past the budgets ({budgets:.0f} MiB) plus 100 MiB")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
