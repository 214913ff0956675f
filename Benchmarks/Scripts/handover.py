#!/usr/bin/env python3
"""Upgrading without dropping a request (issue 15, "Measured"): a steady load of GraphQL reads on a
real `concord serve --pid-file` while it is reloaded (SIGHUP) and handed over to new
`concord serve --take-over` processes, for as long as you like.

    python3 Benchmarks/Scripts/handover.py .build/release/concord [--new-concord PATH]
        [--duration 60] [--handovers 3] [--reloads 50] [--clients 4] [--pausing-clients 1] [--pause 1.5]

The run is split into handovers + 1 equal phases; each phase reloads the serving process its share
of the reloads (alternating between two token sets that both keep the load's token, each reload
confirmed in /metrics), and every phase but the last ends with a hand-over to a new process
(--new-concord, the same binary by default): the script waits until the new one says it took the
listener over and the old one has exited 0. Half the clients keep their connection alive
(reconnecting when answered `Connection: close`), the other half open a new connection per request;
the pausing clients keep their connection alive too but wait --pause seconds after each request,
longer than the 1 s a handed-over process leaves idle connections open.

A reused kept-alive connection that ends before any byte of its response (the old process closed
it as idle while the request was on its way) is retried once on a new connection, as HTTP clients
do with idempotent requests, and counted as "retried"; every other connection failure is a
connection error, and every non-200 answer or answer with errors a failed request. RSS is the
serving process's VmRSS after 200 warm-up requests at the start, at each hand-over, and at the end
(after 200 more). Exits 1 when a request failed, a connection failed, or RSS ended more than 10%
above its start.
"""
import argparse, http.client, json, os, re, shutil, signal, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = "shop-secret-0123456789"
BODY = json.dumps({"query": "{ products(first: 5) { nodes { title handle } } }"})
HEADERS = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json",
           "Accept": "application/graphql-response+json"}


def fail(message):
    sys.exit("handover: " + message)


def write_config(path, extra_token=None):
    tokens = [{"name": "shop", "kind": "storefront", "token": TOKEN}]
    if extra_token:
        tokens.append({"name": extra_token, "kind": "storefront", "token": extra_token + "-secret-0123456789"})
    with open(path + ".tmp", "w") as f:
        json.dump({"tokens": tokens}, f)
    os.replace(path + ".tmp", path)


def resident_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


class Server:
    """A `concord serve` whose stdout is read in the background (access log lines dropped)."""

    def __init__(self, concord, arguments, name):
        self.lines = []
        self.process = subprocess.Popen([concord, "serve"] + arguments, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, cwd=ROOT)
        threading.Thread(target=self._read, daemon=True).start()
        self.port = int(self.wait_for(r"graphql: http://[0-9.]+:(\d+)/", 60).group(1))
        self.name = name

    def _read(self):
        for line in self.process.stdout:
            if not line.startswith("{"):
                self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for line in list(self.lines):
                m = re.search(pattern, line)
                if m:
                    return m
            if self.process.poll() is not None and not any(re.search(pattern, l) for l in self.lines):
                fail("concord serve exited %s: %s" % (self.process.returncode, "\n".join(self.lines[-10:])))
            time.sleep(0.02)
        fail("no %r within %ss: %s" % (pattern, timeout, "\n".join(self.lines[-10:])))

    @property
    def pid(self):
        return self.process.pid


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.answered = self.retried = self.told_to_close = 0
        self.failures, self.errors, self.latencies = [], [], []

    def add(self, kind, detail=None, latency=None, close=False, retried=False):
        with self.lock:
            if kind == "ok":
                self.answered += 1
                self.retried += retried
                self.told_to_close += close
                self.latencies.append(latency)
            elif kind == "failed":
                self.failures.append(detail)
            else:
                self.errors.append(detail)


def client(port, keep_alive, stop, tally, pause=0):
    connection, reused = None, False
    while not stop.is_set():
        if pause and reused:
            stop.wait(pause)
        started = time.time()
        for attempt in (0, 1):
            try:
                if connection is None:
                    connection, reused = http.client.HTTPConnection("127.0.0.1", port, timeout=15), False
                headers = dict(HEADERS) if keep_alive else dict(HEADERS, Connection="close")
                connection.request("POST", "/graphql", BODY, headers)
                response = connection.getresponse()
                text = response.read().decode()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as error:
                # RemoteDisconnected: the connection ended before the status line's first byte.
                was_reused = reused
                connection.close()
                connection = None
                if was_reused and attempt == 0:
                    continue
                tally.add("error", "%s%s" % ("on retry: " if attempt else "", error))
                break
            except Exception as error:
                if connection:
                    connection.close()
                connection = None
                tally.add("error", repr(error))
                break
            close = (response.getheader("Connection") or "").lower() == "close"
            if response.status != 200 or '"errors"' in text or '"products"' not in text:
                tally.add("failed", "%d %s" % (response.status, text[:160]))
            else:
                tally.add("ok", latency=time.time() - started, close=keep_alive and close, retried=attempt == 1)
            if close or not keep_alive:
                connection.close()
                connection = None
            else:
                reused = True
            break


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
    connection.request("GET", path)
    text = connection.getresponse().read().decode()
    connection.close()
    return text


def warm_up(port):
    for _ in range(200):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
        connection.request("POST", "/graphql", BODY, HEADERS)
        if connection.getresponse().status != 200:
            fail("warm-up request failed")
        connection.close()


def reload(server, port, config, round):
    write_config(config, None if round % 2 == 0 else "partner-%d" % round)
    os.kill(server.pid, signal.SIGHUP)
    expected = 'concord_config_reloads_total{result="ok"} %d' % round
    deadline = time.time() + 10
    while expected not in get(port, "/metrics"):
        if time.time() > deadline:
            fail("reload %d of process %d not seen in /metrics" % (round, server.pid))
        time.sleep(0.02)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("concord", help="the concord binary to start with (e.g. .build/release/concord)")
    parser.add_argument("--new-concord", help="the binary to hand over to (default: the same)")
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--handovers", type=int, default=3)
    parser.add_argument("--reloads", type=int, default=50)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--pausing-clients", type=int, default=1)
    parser.add_argument("--pause", type=float, default=1.5)
    args = parser.parse_args()
    concord = os.path.abspath(args.concord)
    new_concord = os.path.abspath(args.new_concord or args.concord)
    folder = tempfile.mkdtemp(prefix="concord-handover-")
    config, db, pid_file = (os.path.join(folder, n) for n in ("concord.json", "concord.db", "concord.pid"))
    write_config(config)
    subprocess.run([concord, "seed", "--db", db], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    common = ["--port", "0", "--config", config, "--db", db]
    server = Server(concord, common + ["--pid-file", pid_file], "serve-0")
    port = server.port
    warm_up(port)
    start_rss = resident_kb(server.pid)
    stop, tally = threading.Event(), Tally()
    threads = [threading.Thread(target=client, args=(port, i % 2 == 0, stop, tally)) for i in range(args.clients)]
    threads += [threading.Thread(target=client, args=(port, True, stop, tally, args.pause)) for _ in range(args.pausing_clients)]
    started = time.time()
    for t in threads:
        t.start()
    phases = args.handovers + 1
    handover_rss, handover_seconds, reloads_done = [], [], 0
    try:
        for phase in range(phases):
            share = args.reloads // phases + (1 if phase < args.reloads % phases else 0)
            phase_end = started + args.duration * (phase + 1) / phases
            for round in range(1, share + 1):
                # Reloads spread over the phase, leaving its last tenth to the load alone.
                target = phase_end - args.duration / phases * (1 - 0.9 * round / max(share, 1))
                time.sleep(max(0, target - time.time()))
                reload(server, port, config, round)
                reloads_done += 1
            time.sleep(max(0, phase_end - time.time()))
            if phase == phases - 1:
                break
            handover_rss.append(resident_kb(server.pid))
            began = time.time()
            new = Server(new_concord, common + ["--take-over", pid_file], "serve-%d" % (phase + 1))
            new.wait_for(r"took the listener over from process %d" % server.pid, 30)
            try:
                status = server.process.wait(40)
            except subprocess.TimeoutExpired:
                fail("process %d did not exit within 40 s of the hand-over" % server.pid)
            if status != 0:
                fail("process %d exited %d after the hand-over" % (server.pid, status))
            handover_seconds.append(time.time() - began)
            with open(pid_file) as f:
                if int(f.read()) != new.pid:
                    fail("the pid file does not name the new process")
            server = new
    finally:
        stop.set()
        for t in threads:
            t.join()
    elapsed = time.time() - started
    warm_up(port)
    end_rss = resident_kb(server.pid)
    server.process.send_signal(signal.SIGTERM)
    server.process.wait(30)
    shutil.rmtree(folder, ignore_errors=True)
    latencies = sorted(tally.latencies)
    percentile = lambda p: latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000 if latencies else 0
    growth = (end_rss / start_rss - 1) * 100
    print("%d hand-overs (%s ms each, from starting the new process to the old one's exit) and %d reloads in %.0f s, %d clients "
          "(%d kept-alive, %d new connection per request, %d kept-alive pausing %.1f s)"
          % (args.handovers, "/".join("%.0f" % (s * 1000) for s in handover_seconds), reloads_done, elapsed,
             args.clients + args.pausing_clients,
             (args.clients + 1) // 2, args.clients // 2, args.pausing_clients, args.pause))
    print("requests answered: %d (%.0f/s), failed: %d, connection errors: %d, retried: %d, answered with Connection: close: %d"
          % (tally.answered, tally.answered / elapsed, len(tally.failures), len(tally.errors), tally.retried, tally.told_to_close))
    print("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms" % (percentile(0.5), percentile(0.99), percentile(1.0)))
    print("RSS: %d kB at start, %s kB at each hand-over, %d kB at the end (%+.1f%%)"
          % (start_rss, "/".join(str(r) for r in handover_rss), end_rss, growth))
    for text in (tally.failures + tally.errors)[:5]:
        print("  " + text)
    if tally.failures or tally.errors or growth > 10:
        sys.exit(1)


if __name__ == "__main__":
    main()
