#!/usr/bin/env python3
"""Runs the explorer's own introspection query through `concord exec` and graphql-core.

    explorer_introspection_check.py Sources/ConcordServer/Explorer/Assets/app.js CONCORD_BINARY

The explorer builds its schema (completion, documentation) from the answer to the
introspection query the page ships; this checks that Concord's engine gives exactly
graphql-core's answer to it, for the test schema of explorer_test_server.py.
Exits 1 on a difference, 0 when equal. Needs graphql-core.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

from graphql import graphql_sync

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import explorer_test_server as server  # noqa: E402  (the shared test schema)


def introspection_query(page):
    start = page.index("var INTROSPECTION_QUERY =")
    end = page.index(";\n", start)
    literals = re.findall(r"'((?:[^'\\]|\\.)*)'", page[start:end])
    return "".join(lit.replace("\\n", "\n").replace("\\'", "'") for lit in literals)


def first_difference(a, b, path="$"):
    if type(a) is not type(b):
        return "%s: %r != %r" % (path, a, b)
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return "%s.%s: only in %s" % (path, key, "concord" if key in a else "graphql-core")
            found = first_difference(a[key], b[key], path + "." + key)
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return "%s: %d items != %d" % (path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, "%s[%d]" % (path, i))
            if found:
                return found
        return None
    return None if a == b else "%s: %r != %r" % (path, a, b)


def main():
    page, concord = sys.argv[1], sys.argv[2]
    with open(page, encoding="utf-8") as f:
        query = introspection_query(f.read())
    expected = graphql_sync(server.SCHEMA, query).formatted
    with tempfile.TemporaryDirectory() as tmp:
        files = {"schema.graphql": server.SDL, "root.json": "{}", "query.graphql": query}
        for name, text in files.items():
            with open(os.path.join(tmp, name), "w") as f:
                f.write(text)
        run = subprocess.run([concord, "exec", "--schema", os.path.join(tmp, "schema.graphql"),
                              "--root", os.path.join(tmp, "root.json"),
                              "--query", os.path.join(tmp, "query.graphql")],
                             capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        print("FAIL  concord exec exited %d: %s" % (run.returncode, run.stderr.strip()[:500]))
        return 1
    got = json.loads(run.stdout)
    difference = first_difference(got, expected)
    if difference:
        print("FAIL  the explorer's introspection differs from graphql-core's: " + difference)
        return 1
    types = len(expected["data"]["__schema"]["types"])
    print("PASS  the explorer's introspection query: concord exec and graphql-core agree (%d types)" % types)
    return 0


if __name__ == "__main__":
    sys.exit(main())
