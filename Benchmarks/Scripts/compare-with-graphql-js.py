#!/usr/bin/env python3
"""Compares `concord format` with graphql-js 16's print(parse(source)) (Debian's node-graphql,
run with node; NODE_PATH defaults to /usr/share/nodejs).

Runs hand-written cases and seeded random mutations of the kitchen-sink documents through
both, and reports every difference in printed output, error message or error location.

usage: compare-with-graphql-js.py CONCORD [--mutations N] [--seed S]
"""
import argparse, json, os, random, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "Data")

CASES = [
    "", " ", "{", "}", "{ a", "{ a }", "{ a b }", "query", "query Q", "query Q {", "mutation { a }",
    "subscription S { a }", "fragment F on T { a }", "fragment on on T { a }", "fragment F T { a }",
    "fragment F on { a }", "{ ...on }", "{ ... on }", "{ ... @d { a } }", "{ ...F @d }", "{ a: }", "{ a: b: c }",
    "{ a(b) }", "{ a(b:) }", "{ a(b: 1,) }", "{ a() }", "{ a(b: $) }", "{ a(b: $1) }", "{ a(b: [1, 2,) }",
    "{ a(b: {c: 1, d}) }", "{ a @ }", "{ a @d( }", "query ($a) { b }", "query ($a: ) { b }", "query ($a: [Int) { b }",
    "query ($a: Int = $b) { c }", "query ($a: Int = [$b]) { c }", "query ($a: Int = {x: $b}) { c }",
    "query ($a: Int! = 1 @d(x: $y)) { c }", "query ($a: Int!!) { b }", "query ($a: [[Int]!]!) { b }",
    "{ a(b: 00) }", "{ a(b: 01) }", "{ a(b: -0) }", "{ a(b: -01) }", "{ a(b: 1.) }", "{ a(b: .5) }", "{ a(b: 1e) }",
    "{ a(b: 1e+) }", "{ a(b: 1E-5) }", "{ a(b: 0x1) }", "{ a(b: 1_000) }", "{ a(b: 1.5.5) }", "{ a(b: 1.5e5.5) }",
    "{ a(b: 123abc) }", "{ a(b: -) }", "{ a(b: --1) }", "{ a(b: 0.0e0) }", "{ a(b: 1.2e3e4) }", "{ a(b: 0.x) }",
    '{ a(b: "x) }', '{ a(b: "x\ny") }', '{ a(b: "x\ry") }', '{ a(b: "\\x") }', '{ a(b: "\\u12") }',
    '{ a(b: "\\u{}") }', '{ a(b: "\\u{110000}") }', '{ a(b: "\\u{D800}") }', '{ a(b: "\\u{DFFF}") }',
    '{ a(b: "\\u{1F600}") }', '{ a(b: "\\u{0001F600}") }', '{ a(b: "\\u{00000000F}") }', '{ a(b: "\\u{FFFFFFFF}") }',
    '{ a(b: "\\uD83D\\uDE00") }', '{ a(b: "\\uD83D") }', '{ a(b: "\\uD83Dx") }', '{ a(b: "\\uDE00") }',
    '{ a(b: "\\uD83D\\u0041") }', '{ a(b: "\\u{1F600") }', '{ a(b: "\\uXYZW") }', '{ a(b: "\\u") }', '{ a(b: "\\',
    '{ a(b: "\\u{', '{ a(b: "é\\é") }', '{ a(b: """) }', '{ a(b: """x"") }', '{ a(b: """ \\""" """) }',
    '{ a(b: """\n  x\n    y\n  """) }', '{ a(b: """\r\n  x\r\n\r\n  y\r\n""") }', '{ a(b: """\t\tx\n\t\ty""") }',
    '{ a(b: """\n\n   \n""") }', '{ a(b: """x\\"""y\\\\""" """) }', '{ a(b: """😀\n  é""") c }',
    "{ a } #", "# only a comment", "{ a # comment\n b }", "{ a }\r\n{ b }\r{ c }\n{ d", "\ufeff{ a }",
    "{ a \ufeff b }", "{ 'a' }", "{ a(b: 'c') }", "{ a ? }", "{ a ~ }", "{ é }", "{ 😀 }", "{ a }\x00", "{ a\x07 }",
    "{ a(b: \"é😀\" c: $) }", '"desc" extend type A @d', '"desc" { a }', '"desc" query { a }', "extend", "extend foo",
    "extend type", "extend type A", "extend scalar A", "extend schema", "extend schema {}", "extend union U",
    "extend enum E", "extend input I", "extend interface I", "extend type A implements", "schema {}", "schema { query }",
    "schema { foo: Q }", "scalar", "type A {}", "type A { a }", "type A { a: }", "type A { a(): B }",
    "type A implements { a: B }", "type A implements & B & C", "type A implements B C { a: B }",
    "interface I implements J & K { a: B }", "union U =", "union U = |", "union U = A |", "union U = A B",
    "enum E { true }", "enum E { null }", "enum E { false }", "enum E { A B @d }", "enum E {}", "input I { a }",
    "input I { a: B = $c }", "directive @d on", "directive @d on FOO", "directive @d on FIELD |",
    "directive @d repeatable on FIELD", "directive @d(a: B) repeatable", "directive d on FIELD",
    "directive @d(a: B = 1 @e) on | FIELD", '"""desc""" directive @d on FIELD', '"a" "b" type A',
    "type A { \"desc\" }", "type A { \"desc\" a(\"d\" x: Int): B }", "query Q on", "query Q @d(a: 1", "{ a(b: [) }",
    "{ a(b: {) }", "{ a(b: {c}) }", "{ a(b: {c: }) }", "{ a(b: true, c: false, d: null, e: ENUM) }", "{ ... }",
    "{ ...F on T }", "{ a { } }", "{ a { b } c }", "query { ... on A ... on B { c } }", "query Q($v: Int) @d { a }",
    "{ a(x: \"" + "long " * 20 + "\") }", "{ a(b: 1, c: 2, d: 3, e: 4, f: 5, g: 6, h: 7, i: 8, j: 9, k: 10, l: 11, m: 12) }",
    "{ alias: a(b: 1, c: 2, d: 3, e: 4, f: 5, g: 6, h: 7, i: 8, j: 9, k: 10, l: 1) }",
    "{ a(b: \"\"\"multi\nline\"\"\") { c(d: \"\"\"x\n  y\"\"\") } }",
    "type A { a(x: String = \"\"\"multi\nline\"\"\"): B }", "type A { \"\"\"\n  described\n  \"\"\"\n  a: B }",
    "{ a(b: \"\"\"    leading space\"\"\") }", "{ a(b: \"\"\"trailing quote\"\"\"\") }", "{ a(b: \"\"\"trailing slash\\\"\"\") }",
    "{ a(b: \"control \\u0001 \\u007F \\u0085 \\u00A0\") }",
]

PUNCT = list("{}()[]!$&|:=@.\"\\#, \n\r\t0123456789aeE_-+") + ["é", "😀", "'", "...", '"""', "on", "query"]


NODE_SCRIPT = r"""
const { parse, print } = require('graphql');
const sources = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const results = sources.map((source) => {
  try {
    return ['ok', print(parse(source))];
  } catch (error) {
    const loc = error.locations && error.locations[0];
    return ['error', (loc ? `${loc.line}:${loc.column}: ` : '') + error.message];
  }
});
process.stdout.write(JSON.stringify(results));
"""


def reference_all(sources):
    """graphql-js's print(parse(source)) or its error, for every source, in one node process."""
    env = dict(os.environ, NODE_PATH=os.environ.get("NODE_PATH", "/usr/share/nodejs"))
    run = subprocess.run(["node", "-e", NODE_SCRIPT], input=json.dumps(sources).encode(), capture_output=True,
                         env=env, check=True)
    return [tuple(result) for result in json.loads(run.stdout)]


def ours(concord, source):
    run = subprocess.run([concord, "format", "-"], input=source.encode("utf-8"), capture_output=True)
    if run.returncode == 0:
        return ("ok", run.stdout.decode("utf-8")[:-1])
    err = run.stderr.decode("utf-8").strip()
    return ("error", err[2:] if err.startswith("-:") else err)


def mutations(sources, count, rng):
    for _ in range(count):
        source = rng.choice(sources)
        chars = list(source)
        for _ in range(rng.randint(1, 3)):
            kind = rng.random()
            at = rng.randrange(len(chars) + 1)
            if kind < 0.4 and chars:
                del chars[at: at + rng.randint(1, 4)]
            elif kind < 0.8:
                chars[at:at] = [rng.choice(PUNCT)]
            else:
                start = rng.randrange(len(chars))
                chars[at:at] = chars[start: start + rng.randint(1, 12)]
        yield "".join(chars)


def september_2025(reference):
    """Whether graphql-js 16 refused a description on an operation, fragment or variable
    definition, which the September 2025 spec allows and Concord parses."""
    kind, text = reference
    return kind == "error" and ("Unexpected description, descriptions are supported only on type definitions." in text
                                or 'Expected "$", found String' in text or 'Expected "$", found BlockString' in text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("concord")
    parser.add_argument("--mutations", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sinks = [open(os.path.join(DATA, name), encoding="utf-8-sig").read()
             for name in ("kitchen-sink.graphql", "kitchen-sink-sdl.graphql")]
    cases = CASES + sinks + list(mutations(sinks, args.mutations, random.Random(args.seed)))
    references = reference_all(cases)
    with ThreadPoolExecutor(4) as pool:
        mine = list(pool.map(lambda source: ours(args.concord, source), cases))
    differences = [(s, r, o) for s, r, o in zip(cases, references, mine) if r != o and not september_2025(r)]
    accepted = sum(1 for r, o in zip(references, mine) if r != o and september_2025(r))
    for source, ref, mine in differences:
        print("=" * 60)
        print("SOURCE:", repr(source) if len(source) < 300 else repr(source[:300]) + "...")
        print("graphql-js:", ref[0], ref[1][:400])
        print("concord:   ", mine[0], mine[1][:400])
    print(f"{len(cases)} cases, {len(differences)} differences"
          f" ({accepted} more where graphql-js 16 refuses a September 2025 description)")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
