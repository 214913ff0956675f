"""What the storefront load scripts share: the storefront's documents as the tests run them, and a
wrk run that POSTs one GraphQL body and reports requests, latency and errors as JSON.

    from storefront_load import storefront_query, write_wrk_script, wrk, wrk_result
"""
import json, os, re, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LUA = r'''
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer %s"
local f = assert(io.open("%s", "rb"))
wrk.body = f:read("*a")
f:close()
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests":%%d,"duration_us":%%d,"p50_us":%%.0f,"p99_us":%%.0f,"errors":%%d,"status":%%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
'''


def storefront_query(name):
    """StorefrontQueries.NAME (Tests/CommerceTests/Support/StorefrontQueries.swift), or None."""
    text = open(os.path.join(ROOT, "Tests/CommerceTests/Support/StorefrontQueries.swift")).read()
    m = re.search(r'static let ' + name + r' = """\n(.*?)\n\s*"""', text, re.S)
    return "\n".join(line[8:] for line in m.group(1).split("\n")) if m else None


def write_wrk_script(folder, name, token, body):
    """Writes `body` and a wrk script that POSTs it with `token` into `folder`; the script's path."""
    body_path, script = os.path.join(folder, name + ".json"), os.path.join(folder, name + ".lua")
    with open(body_path, "wb") as f:
        f.write(body)
    with open(script, "w") as f:
        f.write(LUA % (token, body_path))
    return script


def wrk(port, script, threads, connections, duration):
    """Starts wrk on the server at `port` (POST /graphql); read it with `wrk_result`."""
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", script,
           f"http://127.0.0.1:{port}/graphql"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wrk_result(process, fail):
    """The run's figures (requests, duration_us, p50_us, p99_us, errors, status, rps); `fail` otherwise."""
    out, err = process.communicate()
    m = re.search(r"^WRK_JSON (.*)$", out, re.M)
    if process.returncode or not m:
        fail(f"wrk failed: {out[-1000:]}{err[-1000:]}")
    r = json.loads(m.group(1))
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    return r
