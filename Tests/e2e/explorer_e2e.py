#!/usr/bin/env python3
"""End-to-end test of the GraphQL explorer in headless Chromium.

    explorer_e2e.py URL [--screenshot PNG] [--query Q --expect TEXT]
    explorer_e2e.py --self-host [--engine .build/debug/concord] [--screenshot PNG]

URL is the server's base URL (http://127.0.0.1:8080) or the explorer's own URL
(http://127.0.0.1:8080/explorer). The test fetches the page over HTTP (status,
type, size, no external resources), then drives it in headless Chromium through
the DevTools protocol: it waits for the schema to load by introspection, types
into the editor, asks for completions, runs operations with Ctrl-Enter, checks
the rendered responses against the server's own answers, prettifies, opens the
history and the documentation, searches, and fails on any script error.

--self-host renders the page from the Swift sources (render_explorer_page.sh)
and serves it beside a graphql-core schema (explorer_test_server.py).

Without Chromium it prints a SKIP line and exits 0. Exit status 1 on failure.
Standard library only (the self-hosted server needs graphql-core).
"""

import argparse
import base64
import json
import re
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE_LIMIT = 150 * 1024
TIMEOUT = 20.0


# ------------------------------------------------------------------ WebSocket

class WebSocket:
    """The client half of RFC 6455, enough for the DevTools protocol."""

    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        path = parts.path + ("?" + parts.query if parts.query else "")
        self.sock.sendall(("GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n"
                           % (path, parts.hostname, parts.port, key)).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise EOFError("DevTools closed the connection during the handshake")
            head += chunk
        head, self.buf = head.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("WebSocket handshake refused: %r" % head[:200])

    def send(self, text):
        payload = text.encode()
        header = bytearray([0x81])
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 65536:
            header.append(0x80 | 126)
            header += struct.pack(">H", n)
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i & 3] for i, b in enumerate(payload))
        self.sock.sendall(bytes(header) + mask + masked)

    def _read(self, n):
        chunks, have = [self.buf], len(self.buf)
        while have < n:
            chunk = self.sock.recv(max(65536, n - have))
            if not chunk:
                raise EOFError("DevTools closed the connection")
            chunks.append(chunk)
            have += len(chunk)
        data = b"".join(chunks)
        self.buf = data[n:]
        return data[:n]

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b1 & 0x80 else None
            data = self._read(n)
            if mask:
                data = bytes(b ^ mask[i & 3] for i, b in enumerate(data))
            if opcode == 8:
                raise EOFError("DevTools closed the WebSocket")
            if opcode == 9:  # ping: answer with a pong
                self.sock.sendall(bytes([0x8A, 0x80 | len(data)]) + b"\0\0\0\0" + data)
                continue
            if opcode == 10:
                continue
            message += data
            if b0 & 0x80:
                return message.decode()


# ------------------------------------------------------------------ DevTools

class DevTools:
    def __init__(self, ws):
        self.ws, self.next_id, self.errors = ws, 0, []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError("%s: %s" % (method, msg["error"]))
                return msg.get("result", {})
            self.note(msg)

    def note(self, msg):
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            self.errors.append("uncaught exception: %s" % text)
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error" \
                and params["entry"].get("source") != "network":  # HTTP errors are checked where expected
            entry = params["entry"]
            self.errors.append("%s: %s %s" % (entry.get("source"), entry.get("text"), entry.get("url", "")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append("console.error: %s" % " ".join(
                str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))

    def eval(self, expression):
        result = self.call("Runtime.evaluate", expression=expression,
                           returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError("page script failed: %s\n%s" % (
                result["exceptionDetails"].get("exception", {}).get("description"), expression))
        return result.get("result", {}).get("value")

    def wait(self, expression, what, timeout=TIMEOUT):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.eval(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError("timed out waiting for %s" % what)

    def key(self, key, code, vk, modifiers=0, text=None):
        event = dict(key=key, code=code, windowsVirtualKeyCode=vk,
                     nativeVirtualKeyCode=vk, modifiers=modifiers)
        if text is not None:
            self.call("Input.dispatchKeyEvent", type="keyDown", text=text, **event)
        else:
            self.call("Input.dispatchKeyEvent", type="rawKeyDown", **event)
        self.call("Input.dispatchKeyEvent", type="keyUp", **event)


CTRL = 2


# ------------------------------------------------------------------ helpers

def find_chromium():
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser",
                 "google-chrome", "google-chrome-stable"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def http_get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as res:
            return res.status, res.headers, res.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def graphql(endpoint, token, query, variables=None):
    body = {"query": query}
    if variables is not None:
        body["variables"] = variables
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(endpoint, data=json.dumps(body).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as res:
            return json.loads(res.read())
    except urllib.error.HTTPError as err:
        return json.loads(err.read() or b"{}")


class Report:
    def __init__(self):
        self.failures = 0

    def check(self, ok, what, detail=""):
        print("%s  %s%s" % ("PASS" if ok else "FAIL", what, "  (%s)" % detail if detail and not ok else ""))
        if not ok:
            self.failures += 1
        return ok


def js(value):
    return json.dumps(value)


# ------------------------------------------------------------------ the test

def check_page(report, url):
    """The page over plain HTTP; returns its configuration."""
    status, headers, body = http_get(url)
    report.check(status == 200, "GET %s answers 200" % url, "got %d" % status)
    ctype = headers.get("Content-Type", "")
    report.check(ctype.startswith("text/html"), "the page is text/html", ctype)
    policy = headers.get("Content-Security-Policy")
    print("      Content-Security-Policy: %s" % (policy or "none sent (ExplorerPage.responseHeaders has one)"))
    text = body.decode("utf-8", "replace")
    external = [m for m in ("src=\"http", "href=\"http", "src='http", "href='http", "src=\"//", "href=\"//", "@import", "url(http")
                if m in text]
    report.check(not external, "the page loads nothing from elsewhere (no CDN)", ", ".join(external))
    report.check("<style" not in text and " style=\"" not in text, "the page has no inline style")
    # Its own files: same origin, named by their content, kept for good; the page and they make 150 KB at most.
    files = re.findall(r'<script src="([^"]+)"></script>|<link rel="stylesheet" href="([^"]+)">', text)
    paths = [a or b for a, b in files]
    report.check(len(paths) == 2 and all(p.startswith("/explorer/") for p in paths),
                 "the page links its own script and style sheet", repr(paths))
    total = len(body)
    for path in paths:
        fstatus, fheaders, fbody = http_get(urllib.parse.urljoin(url, path))
        total += len(fbody)
        report.check(fstatus == 200, "GET %s answers 200" % path, "got %d" % fstatus)
        report.check(fheaders.get("Cache-Control") == "public, max-age=31536000, immutable",
                     "%s is cached for good" % path, fheaders.get("Cache-Control"))
        ftext = fbody.decode("utf-8", "replace")
        bad = [m for m in ("@import", "url(http", "src=\"http", "import(") if m in ftext]
        report.check(not bad, "%s loads nothing from elsewhere" % path, ", ".join(bad))
    report.check(total <= PAGE_LIMIT, "the page and its files are at most 150 KB", "%d bytes" % total)
    run_logic_tests(report)
    start = text.find('<script id="concord-config" type="application/json">')
    if not report.check(start >= 0, "the page carries the server's configuration"):
        return {"endpoint": "/graphql", "token": None}
    start = text.index(">", start) + 1
    config = json.loads(text[start:text.index("</script>", start)])
    report.check(isinstance(config.get("endpoint"), str) and config["endpoint"],
                 "the configuration names the endpoint", repr(config))
    print("      endpoint %s, %s" % (config.get("endpoint"),
                                     "a default token is configured" if config.get("token") else "no default token"))
    return config


def run_logic_tests(report):
    """explorer_logic_test.js on the explorer's script files (tokenizer, completion, prettifier)."""
    if getattr(run_logic_tests, "done", False):
        return
    run_logic_tests.done = True
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        print("SKIP  explorer logic tests: no Node.js (apt-get install nodejs node-graphql)")
        return
    run = subprocess.run([node, os.path.join(HERE, "explorer_logic_test.js")],
                         capture_output=True, text=True, timeout=60)
    lines = run.stdout.strip().splitlines() or ["(no output)"]
    for line in lines[:-1]:
        print("      " + line)
    if lines[-1].startswith("SKIP"):
        print(lines[-1])
    else:
        report.check(run.returncode == 0, "the page's logic: " + lines[-1], run.stderr.strip()[:300])


def drive(report, chromium, page_url, config, endpoint, args):
    profile = tempfile.mkdtemp(prefix="explorer-e2e-")
    proc = subprocess.Popen(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--no-default-browser-check", "--disable-extensions", "--disable-dev-shm-usage",
         "--remote-debugging-port=0", "--user-data-dir=" + profile,
         "--window-size=1400,900", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        port_file = os.path.join(profile, "DevToolsActivePort")
        deadline = time.time() + TIMEOUT
        while not (os.path.exists(port_file) and open(port_file).read().strip()):
            if time.time() > deadline or proc.poll() is not None:
                raise RuntimeError("Chromium did not open its DevTools port")
            time.sleep(0.1)
        port = int(open(port_file).read().split()[0])
        _, _, listing = http_get("http://127.0.0.1:%d/json/list" % port)
        target = next(t for t in json.loads(listing) if t.get("type") == "page")
        cdp = DevTools(WebSocket(target["webSocketDebuggerUrl"]))
        cdp.call("Runtime.enable")
        cdp.call("Page.enable")
        cdp.call("Log.enable")
        cdp.call("Emulation.setFocusEmulationEnabled", enabled=True)
        try:
            run_checks(report, cdp, page_url, config, endpoint, args)
        finally:
            if args.screenshot:
                shot = cdp.call("Page.captureScreenshot", format="png")
                with open(args.screenshot, "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
                print("      screenshot: %s" % args.screenshot)
        cdp.eval("1")  # collect late events
        report.check(not cdp.errors, "no script errors in the page", "; ".join(cdp.errors[:5]))
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(profile, ignore_errors=True)


def set_query(cdp, text):
    """Replaces the operation the way a user would: select all, then type."""
    cdp.eval("(function(){var ta=document.querySelector('#query-editor textarea');ta.focus();"
             "ta.setSelectionRange(0, ta.value.length);})()")
    cdp.call("Input.insertText", text=text)


def editor_value(cdp, pane="query"):
    return cdp.eval("document.querySelector('#%s-editor textarea').value" % pane)


def run_and_wait(cdp):
    cdp.eval("(function(){var r=document.getElementById('result');r.dataset.state='waiting';})()")
    cdp.key("Enter", "Enter", 13, modifiers=CTRL)
    cdp.wait("['done','problem'].indexOf(document.getElementById('result').dataset.state) >= 0",
             "the response")
    return cdp.eval("({state: document.getElementById('result').dataset.state,"
                    " status: document.getElementById('result').dataset.status,"
                    " text: document.getElementById('result').innerText,"
                    " badge: document.getElementById('status').textContent,"
                    " timing: document.getElementById('timing').textContent})")


def run_checks(report, cdp, page_url, config, endpoint, args):
    token = config.get("token")
    cdp.call("Page.navigate", url=page_url)
    cdp.wait("document.readyState === 'complete' && document.body && document.body.dataset.schema !== 'loading'",
             "the schema to load")
    schema_state = cdp.eval("document.body.dataset.schema")
    report.check(schema_state == "ready", "the explorer loads the schema by introspection on first load",
                 cdp.eval("document.getElementById('schema-text').textContent"))

    headers = cdp.eval("document.querySelector('#headers-editor textarea').value")
    if token:
        report.check(json.loads(headers).get("Authorization") == "Bearer " + token,
                     "the headers pane is pre-filled with the configured token", headers)

    # The server's own view of the schema, to compare the page against.
    intro = graphql(endpoint, token, "{ __schema { queryType { name fields(includeDeprecated: true) { name } } } }")
    query_type = intro["data"]["__schema"]["queryType"]
    root_fields = [f["name"] for f in query_type["fields"]]

    # Highlighting: the overlay shows the text with token classes.
    set_query(cdp, "query E2E {\n  __typename\n}")
    spans = cdp.eval("Array.from(document.querySelectorAll('#query-editor .ed-hl span'))"
                     ".map(function(s){return s.className + ':' + s.textContent;})")
    report.check("t-keyword:query" in spans and "t-def:E2E" in spans and "t-field:__typename" in spans,
                 "the editor highlights keywords, names and fields", repr(spans))

    # Typing: brackets close themselves, Enter indents between them, Tab indents.
    set_query(cdp, "")
    cdp.key("{", "BracketLeft", 219, text="{")
    cdp.key("Enter", "Enter", 13, text="\r")
    cdp.call("Input.insertText", text="a")
    cdp.key("Escape", "Escape", 27)  # close the completion that typing opened
    cdp.key("Enter", "Enter", 13, text="\r")
    cdp.key("Tab", "Tab", 9)
    cdp.call("Input.insertText", text="b")
    cdp.key("Escape", "Escape", 27)
    report.check(editor_value(cdp) == "{\n  a\n    b\n}", "typing closes brackets and keeps the indentation",
                 repr(editor_value(cdp)))

    # A long document: the painted lines stay aligned with the textarea's text when scrolled.
    set_query(cdp, "query Long {\n" + "\n".join("  f%d: __typename" % i for i in range(1, 801)) + "\n}")
    offset_js = """(function(scroll){
      var ta = document.querySelector('#query-editor textarea');
      ta.scrollTop = scroll; ta.dispatchEvent(new Event('scroll'));
      var line = Math.floor(scroll / 20) + 5, want = 'f' + (line - 1), style = getComputedStyle(ta);
      var span = Array.from(document.querySelectorAll('#query-editor .ed-hl span')).filter(function(s){return s.textContent === want;})[0];
      if (!span) return {missing: want};
      var expected = ta.getBoundingClientRect().top + parseFloat(style.paddingTop) + (line - 1) * parseFloat(style.lineHeight) - ta.scrollTop;
      return {want: want, offset: span.getBoundingClientRect().top - expected,
              spans: document.querySelectorAll('#query-editor .ed-hl span').length};
    })(%d)"""
    near, far = cdp.eval(offset_js % 0), cdp.eval(offset_js % 9000)
    report.check("offset" in near and "offset" in far and abs(far["offset"] - near["offset"]) < 0.5 and far["spans"] < 400,
                 "a long document is painted in view only, aligned with the text when scrolled", "%r %r" % (near, far))

    # Completion: Ctrl-Space inside the root selection set lists the root type's fields.
    set_query(cdp, "{\n  \n}")
    cdp.eval("document.querySelector('#query-editor textarea').setSelectionRange(4, 4)")
    cdp.key(" ", "Space", 32, modifiers=CTRL)
    labels = cdp.eval("Array.from(document.querySelectorAll('.completion li .label')).map(function(l){return l.textContent;})") or []
    expected = set(root_fields) | {"__typename", "__schema", "__type"}
    report.check(set(labels) == expected, "Ctrl-Space completes every field of %s" % query_type["name"],
                 "got %s, expected %s" % (sorted(labels), sorted(expected)))
    cdp.key("Escape", "Escape", 27)

    # Typing filters the list; Enter accepts.
    set_query(cdp, "{\n  \n}")
    cdp.eval("document.querySelector('#query-editor textarea').setSelectionRange(4, 4)")
    cdp.call("Input.insertText", text="__ty")
    labels = cdp.eval("Array.from(document.querySelectorAll('.completion:not([hidden]) li .label')).map(function(l){return l.textContent;})") or []
    report.check(labels == ["__typename", "__type"], "typing opens completion filtered by what was typed", repr(labels))
    cdp.key("Enter", "Enter", 13, text="\r")
    report.check(editor_value(cdp) == "{\n  __typename\n}", "Enter accepts the completion", repr(editor_value(cdp)))

    # Arguments of a field: context-aware completion inside `__type(`.
    set_query(cdp, "{ __type() { name } }")
    cdp.eval("document.querySelector('#query-editor textarea').setSelectionRange(9, 9)")
    cdp.key(" ", "Space", 32, modifiers=CTRL)
    labels = cdp.eval("Array.from(document.querySelectorAll('.completion:not([hidden]) li .label')).map(function(l){return l.textContent;})") or []
    report.check(labels == ["name"], "completion inside an argument list offers the field's arguments", repr(labels))
    cdp.key("Escape", "Escape", 27)

    # Run with Ctrl-Enter; the response is rendered as formatted JSON with status and time.
    query = args.query or "query E2E {\n  __typename\n}"
    set_query(cdp, query)
    shown = run_and_wait(cdp)
    report.check(shown["state"] == "done" and shown["status"] == "200",
                 "Ctrl-Enter runs the operation and shows status 200", repr(shown)[:300])
    try:
        rendered = json.loads(shown["text"])
    except ValueError:
        rendered = None
    if args.query:
        report.check(args.expect in shown["text"], "the response contains %r" % args.expect, shown["text"][:300])
    else:
        # The server's own answer to the same query, extensions (such as a channel's
        # `extensions.context`) included, and its data the query type's name.
        direct = graphql(endpoint, token, query)
        report.check(rendered == direct and direct.get("data") == {"__typename": query_type["name"]},
                     "the rendered response is the server's answer", shown["text"][:300])
    report.check("\n  " in shown["text"], "the response is formatted (indented JSON)")
    report.check(shown["badge"].startswith("200") and shown["timing"].endswith("ms"),
                 "the status and the time are shown", "%r %r" % (shown["badge"], shown["timing"]))

    # Variables pane: a query with a variable gets its value from the pane.
    set_query(cdp, "query Typed($name: String!) {\n  __type(name: $name) { name kind }\n}")
    cdp.eval("(function(){var ta=document.querySelector('#variables-editor textarea');ta.value=%s;"
             "ta.dispatchEvent(new Event('input'));})()" % js(json.dumps({"name": query_type["name"]})))
    cdp.eval("document.querySelector('#query-editor textarea').focus()")
    shown = run_and_wait(cdp)
    try:
        typed = json.loads(shown["text"])["data"]["__type"]
    except (ValueError, KeyError, TypeError):
        typed = None
    report.check(typed == {"name": query_type["name"], "kind": "OBJECT"},
                 "variables from the variables pane are sent", shown["text"][:300])

    # History: both runs are kept in localStorage and listed.
    history = json.loads(cdp.eval("localStorage.getItem('concord.explorer.history') || '[]'"))
    report.check(len(history) == 2 and history[0].get("operationName") == "Typed",
                 "history keeps the operations run, newest first", repr(history)[:300])
    cdp.eval("document.getElementById('btn-history').click()")
    items = cdp.eval("Array.from(document.querySelectorAll('#history .h-name')).map(function(e){return e.textContent;})")
    report.check(items[:1] == ["Typed"] and len(items) == 2, "the history drawer lists them", repr(items))

    # Prettify.
    set_query(cdp, "query   P{__typename   __type(name:\"Query\"){name}}")
    cdp.eval("document.getElementById('btn-prettify').click()")
    pretty = editor_value(cdp)
    report.check(pretty == 'query P {\n  __typename\n  __type(name: "Query") {\n    name\n  }\n}',
                 "Prettify lays out the operation", repr(pretty))

    # Documentation: the root type lists every field; search finds a field.
    cdp.eval("document.getElementById('btn-docs').click()")
    cdp.wait("!!document.querySelector('#docs-body .doc-types')", "the documentation's type index")
    cdp.eval("document.querySelector('#docs-body a.t[data-type=%s]').click()" % js(query_type["name"]))
    listed = cdp.eval("Array.from(document.querySelectorAll('#docs-body a.f')).map(function(a){return a.textContent;})")
    report.check(set(listed) == set(root_fields) | {"__schema", "__type"},
                 "the documentation lists every field of %s" % query_type["name"], repr(listed))
    target = max(root_fields, key=len)  # the longest name: the least likely to be shared by many types
    cdp.eval("(function(){var s=document.getElementById('docs-search');s.value=%s;"
             "s.dispatchEvent(new Event('input'));})()" % js(target))
    hits = cdp.eval("Array.from(document.querySelectorAll('#docs-body .doc-hit')).map(function(a){return a.dataset.type + '.' + (a.dataset.field || '');})")
    report.check("%s.%s" % (query_type["name"], target) in hits,
                 "documentation search finds %s.%s" % (query_type["name"], target), repr(hits[:10]))
    cdp.eval("document.querySelector('#docs-body .doc-hit[data-field=%s]').click()" % js(target))
    title = cdp.eval("document.getElementById('docs-title').textContent")
    report.check(title == "%s.%s" % (query_type["name"], target), "a search result opens the field's page", title)
    # A response of half a megabyte shows at once: only the lines in view are painted.
    big = cdp.eval("""new Promise(function (done) {
      var o = {data: {products: []}};
      for (var i = 0; i < 2500; i++) o.data.products.push({handle: 'p' + i, title: 'Product ' + i,
        price: {amount: '19.99', currencyCode: 'EUR'}, variants: [{sku: 'S' + i}, {sku: 'M' + i}]});
      var body = JSON.stringify(o), realFetch = window.fetch;
      window.fetch = function () { return Promise.resolve(new Response(body, {status: 200, headers: {'Content-Type': 'application/json'}})); };
      var result = document.getElementById('result');
      result.dataset.state = 'waiting';
      var t0 = performance.now();
      document.getElementById('btn-run').click();
      (function wait() {
        if (result.dataset.state !== 'done') { setTimeout(wait, 5); return; }
        requestAnimationFrame(function () { setTimeout(function () {
          window.fetch = realFetch;
          done({ms: performance.now() - t0, bytes: body.length, spans: result.querySelectorAll('span').length,
                last: result.innerText.indexOf('"M2499"') >= 0});
        }, 0); });
      })();
    })""")
    report.check(big["ms"] < 1500 and big["spans"] < 2000 and not big["last"],
                 "a 0.6 MB response shows in %d ms, painted in view only" % big["ms"], repr(big))

    if args.self_host:
        run_schema_checks(report, cdp)


def complete_at(cdp, text, marker="|"):
    """The completion labels offered at `marker` in `text` after Ctrl-Space."""
    offset = text.index(marker)
    set_query(cdp, text.replace(marker, "", 1))
    cdp.eval("document.querySelector('#query-editor textarea').setSelectionRange(%d, %d)" % (offset, offset))
    cdp.key(" ", "Space", 32, modifiers=CTRL)
    labels = cdp.eval("Array.from(document.querySelectorAll('.completion:not([hidden]) li')).map(function(l){"
                      "return l.querySelector('.label').textContent + (l.classList.contains('deprecated') ? '~' : '');})") or []
    cdp.key("Escape", "Escape", 27)
    return labels


def run_schema_checks(report, cdp):
    """Checks that know the self-hosted test schema (explorer_test_server.py)."""
    cases = [
        ("{ products(sortKey: |) { title } }", ["TITLE", "PRICE", "CREATED_AT", "BEST_SELLING", "RELEVANCE", "null"],
         "enum values for an enum argument"),
        ("{ products(first: 2, |) { title } }", ["query", "sortKey", "reverse"], "the arguments not given yet"),
        ("{ products { price { currencyCode |} } }", ["amount", "currencyCode", "__typename"],
         "the fields of a nested type (Money)"),
        ("{ product(handle: \"x\") { keywords |} }".replace("\\", ""),
         ["id", "handle", "title", "description", "price", "tags", "__typename", "keywords~"],
         "deprecated fields marked and listed last"),
        ("mutation { cartCreate(lines: [{ |}]) { cartId } }", ["merchandiseId", "quantity"],
         "input object fields inside a list argument"),
        ("{ page(handle: \"home\") { ... on | } }".replace("\\", ""), ["ContentModule", "Hero", "RichText"],
         "type conditions for a union"),
        ("{ node(id: \"1\") { ... on Product { handle |} } }".replace("\\", ""),
         ["id", "handle", "title", "description", "price", "tags", "__typename", "keywords~"],
         "fields of an inline fragment's type"),
        ("query Q($n: |) { __typename }", None, "input types in variable definitions"),
        ("query Q($n: Int) { products(first: $|) { title } }", ["$n"], "variables defined by the operation"),
        ("{ products @|{ title } }", ["@include", "@skip"], "directives valid on a field"),
        ("|", ["query", "mutation", "fragment"], "keywords at the top level"),
    ]
    for text, expected, what in cases:
        labels = complete_at(cdp, text)
        if expected is None:
            ok = {"Int", "String", "Boolean", "ID", "CartLineInput", "CurrencyCode", "ProductSortKeys"} <= set(labels) \
                and not {"Product", "Query", "Money"} & set(labels)
        else:
            ok = labels == expected
        report.check(ok, "completion: " + what, "got %r" % labels)

    # Alt-click on a field opens its documentation.
    set_query(cdp, "{ products { price { amount } } }")
    cdp.eval("(function(){var ta=document.querySelector('#query-editor textarea');ta.setSelectionRange(22, 22);"
             "ta.dispatchEvent(new MouseEvent('click', {altKey: true, bubbles: true}));})()")
    title = cdp.eval("document.getElementById('docs-title').textContent")
    report.check(title == "Money.amount", "Alt-click opens the documentation of the field under the cursor", title)

    # Deprecated fields are struck through in the editor.
    set_query(cdp, "{ product(handle: \"x\") { title keywords } }")
    struck = cdp.eval("Array.from(document.querySelectorAll('#query-editor .t-deprecated')).map(function(s){return s.textContent;})")
    report.check(struck == ["keywords"], "deprecated fields are marked in the editor", repr(struck))

    # Hovering a field for a moment shows its type and description.
    set_query(cdp, "{ products { price { amount } } }")
    box = cdp.eval("(function(){var s=Array.from(document.querySelectorAll('#query-editor .ed-hl span'))"
                   ".filter(function(x){return x.textContent==='amount';})[0].getBoundingClientRect();"
                   "return {x: s.left + s.width / 2, y: s.top + s.height / 2};})()")
    cdp.call("Input.dispatchMouseEvent", type="mouseMoved", x=box["x"], y=box["y"])
    cdp.wait("!document.querySelector('.hover-info').hidden", "the hover information")
    info = cdp.eval("document.querySelector('.hover-info').innerText")
    report.check(info.startswith("Money.amount: String!") and "The decimal amount" in info,
                 "hovering a field shows its type and description", repr(info))
    cdp.call("Input.dispatchMouseEvent", type="mouseMoved", x=1, y=1)

    # The documentation shows deprecations and descriptions.
    cdp.eval("document.querySelector('#docs-body a.t[data-type=Money]').click()")
    cdp.eval("document.querySelector('#docs-body a.t[data-type=CurrencyCode]').click()")
    text = cdp.eval("document.getElementById('docs-body').innerText")
    report.check("No longer sold in GBP." in text and "Pound sterling." in text and "DEPRECATED" in text.upper(),
                 "enum values show descriptions and deprecation reasons", text[:300])
    cdp.eval("document.getElementById('docs-back').click()")
    report.check(cdp.eval("document.getElementById('docs-title').textContent") == "Money", "Back returns to the previous page")

    # Descriptions are text: markup in the schema is shown, never run.
    cdp.eval("(function(){var s=document.getElementById('docs-search');s.value='Hero';s.dispatchEvent(new Event('input'));})()")
    cdp.eval("document.querySelector('#docs-body .doc-hit[data-type=Hero]:not([data-field])').click()")
    hero = cdp.eval("({imgs: document.querySelectorAll('#docs-body img').length, text: document.getElementById('docs-body').innerText,"
                    " pwned: !!window.pwned})")
    report.check(hero["imgs"] == 0 and not hero["pwned"] and '<img src=x onerror="window.pwned=1">' in hero["text"],
                 "markup in schema descriptions is shown as text", repr(hero)[:300])

    # Names the schema lacks are underlined before anything runs.
    set_query(cdp, "{\n  products(first: 1, colour: RED) {\n    nope\n    title\n  }\n}")
    unknown = cdp.eval("Array.from(document.querySelectorAll('#query-editor .t-unknown')).map(function(s){return s.textContent;})")
    report.check(unknown == ["colour", "nope"], "unknown fields and arguments are marked in the editor", repr(unknown))

    # Errors are listed over the response; a location moves the cursor to it.
    set_query(cdp, "{\n  products {\n    nope\n  }\n}")
    shown = run_and_wait(cdp)
    bar = cdp.eval("Array.from(document.querySelectorAll('#error-bar .error-row')).map(function(r){return r.innerText;})")
    report.check(len(bar) == 1 and bar[0].startswith("3:5") and "Cannot query field" in bar[0] and "nope" in bar[0],
                 "errors are listed with their locations", repr(bar))
    cdp.eval("document.querySelector('#error-bar .error-loc').click()")
    report.check(cdp.eval("document.querySelector('#query-editor textarea').selectionStart") == 19,
                 "a location moves the cursor to it")

    # A wrong token: the server's 401 is shown, not swallowed.
    cdp.eval("(function(){var ta=document.querySelector('#headers-editor textarea');ta.value='{\"Authorization\": \"Bearer wrong\"}';"
             "ta.dispatchEvent(new Event('input'));})()")
    set_query(cdp, "{ __typename }")
    shown = run_and_wait(cdp)
    report.check(shown["status"] == "401" and "UNAUTHENTICATED" in shown["text"], "a refused token shows the 401 answer",
                 repr(shown)[:200])
    cdp.wait("document.body.dataset.schema === 'error'", "the schema to be reloaded with the new headers")
    report.check("401" in cdp.eval("document.getElementById('schema-text').textContent") or
                 "token" in cdp.eval("document.getElementById('schema-text').textContent"),
                 "the schema status says why introspection failed",
                 cdp.eval("document.getElementById('schema-text').textContent"))


def self_host(args):
    """Renders the page from the Swift sources and serves it with a test schema."""
    page = tempfile.NamedTemporaryFile(suffix=".html", delete=False).name
    token = "e2e-storefront-token-<script>\"'&"
    subprocess.run([os.path.join(HERE, "render_explorer_page.sh"), page, "/graphql", token], check=True)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    command = [sys.executable, os.path.join(HERE, "explorer_test_server.py"), str(port), page, token]
    if args.engine:
        command += ["--engine", os.path.abspath(args.engine)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE)
    server.stdout.readline()
    return "http://127.0.0.1:%d" % port, server, page


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url", nargs="?", help="the server's base URL or the explorer's URL")
    parser.add_argument("--self-host", action="store_true",
                        help="serve the page rendered from the Swift sources with a test schema")
    parser.add_argument("--engine", metavar="CONCORD",
                        help="with --self-host: run operations with `CONCORD exec` instead of graphql-core")
    parser.add_argument("--screenshot", help="save a screenshot of the explorer to this PNG")
    parser.add_argument("--query", help="an operation to run instead of { __typename }")
    parser.add_argument("--expect", help="text the response to --query must contain")
    args = parser.parse_args()
    if bool(args.url) == args.self_host:
        parser.error("give a URL or --self-host")
    if args.query and not args.expect:
        parser.error("--query needs --expect")

    chromium = find_chromium()
    if not chromium:
        print("SKIP  explorer e2e: no Chromium found (install the Debian package: apt-get install -y chromium)")
        return 0

    server = page_file = None
    url = args.url
    if args.self_host:
        url, server, page_file = self_host(args)
    report = Report()
    try:
        parts = urllib.parse.urlsplit(url)
        base = "%s://%s" % (parts.scheme, parts.netloc)
        if parts.path in ("", "/"):
            check_page(report, base + "/")
            page_url = base + "/explorer"
        else:
            page_url = base + parts.path
        config = check_page(report, page_url)
        endpoint = urllib.parse.urljoin(page_url, config.get("endpoint") or "/graphql")
        drive(report, chromium, page_url, config, endpoint, args)
    except Exception as err:  # a broken page or server must fail the test, not crash it
        report.check(False, "the test ran to the end", "%s: %s" % (type(err).__name__, err))
    finally:
        if server:
            server.terminate()
            server.wait()
            os.unlink(page_file)
            if os.path.exists(page_file + ".headers"):
                os.unlink(page_file + ".headers")
            shutil.rmtree(page_file + ".files", ignore_errors=True)
    print("%s: %d failed" % ("explorer e2e FAILED" if report.failures else "explorer e2e passed", report.failures))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
