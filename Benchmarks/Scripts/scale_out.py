#!/usr/bin/env python3
"""Scale out: the 50-product collection page on one SQLite server, one PostgreSQL server and two
PostgreSQL servers on one database, in one run (issue 12, "Measured").

    python3 Benchmarks/Scripts/scale_out.py [--concord .build/release/concord] [--duration 15]

Runs as root (it starts a throwaway PostgreSQL cluster with .ci/pg-cluster, on a private socket
directory, and stops it at the end; needs the postgresql package and wrk). Every server runs with
the response cache off ("responseCache": {"entries": 0}), so each request executes. The page is
StorefrontQueries.collection (Tests/CommerceTests/Support/StorefrontQueries.swift) with $handle
"summer", POSTed by wrk with 2 threads and 64 connections; against two servers, two wrk run at
once, one per server, with 1 thread and 32 connections each, and their requests/s are summed
(latency: the worse of the two). RSS is each server's peak (VmHWM) after its run.

Round trips: one extra PostgreSQL server whose connections log every statement
(log_statement=all, set in its connection string) serves the page a few times; the statements
one page sends are counted from the cluster's log (BEGIN and COMMIT included). SQLite's backend
calls for the page are pinned by the tests (README, "Backends": 3).
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, time, urllib.parse, urllib.request

from storefront_load import storefront_query, write_wrk_script, wrk, wrk_result  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = "scale-out-benchmark-token"


def fail(message):
    sys.exit("scale_out: " + message)


def collection_query():
    return storefront_query("collection") or fail("StorefrontQueries.collection not found")


def with_options(url, options):
    """The libpq URL `url` with `options` (server settings) added."""
    return url + ("&" if "?" in url else "?") + "options=" + urllib.parse.quote(options, safe="")


def write_config(path, domains):
    config = {"tokens": [{"name": "bench", "kind": "storefront", "token": TOKEN}],
              "responseCache": {"entries": 0}}
    config.update(domains)
    with open(path, "w") as f:
        json.dump(config, f)


def post(port, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + TOKEN})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.loads(response.read())
    if answer.get("errors") or not answer.get("data", {}).get("collection"):
        fail(f"unexpected answer from port {port}: {json.dumps(answer)[:300]}")
    return answer


class Server:
    def __init__(self, concord, config, port, folder, name, db=None):
        self.log = open(os.path.join(folder, name + ".log"), "w")
        args = [concord, "serve", "--host", "127.0.0.1", "--port", str(port), "--config", config]
        if db:
            args += ["--db", db]
        self.process = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT)
        self.port = port
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
                return
            except OSError:
                if self.process.poll() is not None or time.time() > deadline:
                    fail(f"{name} did not start; see {self.log.name}")
                time.sleep(0.2)

    def peak_rss_mib(self):
        for line in open(f"/proc/{self.process.pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def result(process):
    return wrk_result(process, fail)


def load(servers, script, duration, warmup):
    """Warm-up, then the measured run; one wrk per server, all at once."""
    threads, connections = (2, 64) if len(servers) == 1 else (1, 64 // len(servers))
    for p in [wrk(s.port, script, threads, connections, warmup) for s in servers]:
        result(p)
    time.sleep(2)
    runs = [result(p) for p in [wrk(s.port, script, threads, connections, duration) for s in servers]]
    return {"rps": sum(r["rps"] for r in runs), "p50": max(r["p50_us"] for r in runs) / 1000,
            "p99": max(r["p99_us"] for r in runs) / 1000, "errors": sum(r["errors"] + r["status"] for r in runs),
            "rss": [s.peak_rss_mib() for s in servers]}


def count_statements(concord, url, folder, cluster_log, body, port):
    """Statements one collection page sends to PostgreSQL, from a server that logs every one."""
    config = os.path.join(folder, "pg-logged.json")
    logged = with_options(url, "-c log_statement=all")
    write_config(config, {d: {"backend": "postgres", "url": logged} for d in ("catalog", "content", "carts")})
    server = Server(concord, config, port, folder, "pg-logged")
    try:
        post(port, body)  # the first page prepares the statements
        counts = []
        for _ in range(3):
            time.sleep(0.5)
            before = os.path.getsize(cluster_log)
            post(port, body)
            time.sleep(0.5)
            with open(cluster_log, errors="replace") as f:
                f.seek(before)
                text = f.read()
            counts.append(len(re.findall(r"LOG:  (?:statement|execute [^:]*):", text)))
        return min(counts)
    finally:
        server.stop()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--concord", default=os.path.join(ROOT, ".build/release/concord"))
    ap.add_argument("--duration", type=int, default=15, help="seconds per measured run (default 15)")
    ap.add_argument("--warmup", type=int, default=3, help="seconds of unreported warm-up per run (default 3)")
    ap.add_argument("--pg-port", type=int, default=54339, help="the throwaway cluster's port (default 54339)")
    a = ap.parse_args()
    if not os.access(a.concord, os.X_OK):
        fail(f"{a.concord} is not an executable; build it with swift build -c release")
    if not shutil.which("wrk"):
        fail("wrk is not installed (apt-get install -y wrk)")
    folder = tempfile.mkdtemp(prefix="concord-scale-out-")
    os.chmod(folder, 0o755)  # the postgres user reaches the cluster inside it
    cluster = os.path.join(folder, "pg")
    body = json.dumps({"query": collection_query(), "variables": {"handle": "summer"}}).encode()
    script = write_wrk_script(folder, "collection", TOKEN, body)
    started = subprocess.run([os.path.join(ROOT, ".ci/pg-cluster"), "start", cluster, str(a.pg_port)],
                             capture_output=True, text=True)
    if started.returncode:
        fail(f".ci/pg-cluster start failed: {started.stderr.strip()}")
    url = started.stdout.strip()
    rows = []
    try:
        # SQLite: one server on a seeded file.
        sqlite_config = os.path.join(folder, "sqlite.json")
        write_config(sqlite_config, {})
        sqlite_db = os.path.join(folder, "concord.db")
        subprocess.run([a.concord, "seed", "--db", sqlite_db], check=True, capture_output=True, cwd=ROOT)
        server = Server(a.concord, sqlite_config, 18181, folder, "sqlite", db=sqlite_db)
        post(server.port, body)
        rows.append(("SQLite, 1 server", load([server], script, a.duration, a.warmup)))
        server.stop()

        # PostgreSQL: one database, seeded once, then one and two servers on it.
        pg_config = os.path.join(folder, "pg.json")
        write_config(pg_config, {d: {"backend": "postgres", "url": url} for d in ("catalog", "content", "carts")})
        subprocess.run([a.concord, "seed", "--config", pg_config], check=True, capture_output=True, cwd=ROOT)
        one = Server(a.concord, pg_config, 18182, folder, "pg-a")
        post(one.port, body)
        rows.append(("PostgreSQL, 1 server", load([one], script, a.duration, a.warmup)))
        one.stop()
        a_server = Server(a.concord, pg_config, 18182, folder, "pg-a2")
        b_server = Server(a.concord, pg_config, 18183, folder, "pg-b")
        post(b_server.port, body)
        rows.append(("PostgreSQL, 2 servers", load([a_server, b_server], script, a.duration, a.warmup)))
        a_server.stop()
        b_server.stop()

        statements = count_statements(a.concord, url, folder, os.path.join(cluster, "server.log"), body, 18184)
    finally:
        subprocess.run([os.path.join(ROOT, ".ci/pg-cluster"), "stop", cluster], check=False)
        shutil.rmtree(folder, ignore_errors=True)

    print(f"\nthe 50-product collection page, response cache off, wrk 2 threads 64 connections, "
          f"{a.duration} s, {os.cpu_count()} cores shared by wrk, the servers and PostgreSQL\n")
    print("| servers | req/s | p50 ms | p99 ms | errors | RSS peak |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, r in rows:
        rss = " + ".join(f"{m:.0f} MiB" for m in r["rss"])
        print(f"| {name} | {r['rps']:,.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['errors']} | {rss} |")
    print(f"\nPostgreSQL statements per page (BEGIN and COMMIT included): {statements}; "
          f"SQLite backend calls per page: 3 (README, \"Backends\")")


if __name__ == "__main__":
    main()
