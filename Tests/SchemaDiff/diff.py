#!/usr/bin/env python3
"""Differential check of `concord schema diff` against graphql-core 3.2's
find_breaking_changes and find_dangerous_changes (graphql-js 16's, ported).

Every folder CASES/NAME/ holds old.graphql and new.graphql. For each pair the
reference's changes (graphql-core's find_schema_changes: the list that
find_breaking_changes and find_dangerous_changes filter, in its order) are
compared with the BREAKING and DANGEROUS lines of `concord schema diff --json`:
type, level and description exactly, order included. The exit status must be 1
exactly when a change is breaking. The corpus must also produce every one of
graphql-core's BreakingChangeType and DangerousChangeType members at least once,
and unusable input (a syntax error, an invalid schema, a missing file, bad usage)
must exit 2 with FILE:line:column where there is one.

  diff.py [CASES] [--concord "CMD"] [--show N]       (run from the project's root)

Prints one line per disagreeing case (up to --show) and a summary line last:
  agree A/T, change types covered C/C, unusable input U/4
and exits 1 when any case disagrees or a change type is not covered."""
import argparse, glob, json, os, shlex, subprocess, sys, tempfile

from graphql import build_schema
from graphql.utilities.find_breaking_changes import (
    BreakingChangeType, DangerousChangeType, find_breaking_changes,
    find_dangerous_changes, find_schema_changes)


def reference(old_sdl, new_sdl):
    old, new = build_schema(old_sdl), build_schema(new_sdl)
    changes = [("BREAKING" if isinstance(c.type, BreakingChangeType) else "DANGEROUS",
                c.type.name, c.description) for c in find_schema_changes(old, new)]
    # The public functions are the ones graphql-js documents: they are the filtered list.
    assert [c[1:] for c in changes if c[0] == "BREAKING"] == \
        [(c.type.name, c.description) for c in find_breaking_changes(old, new)]
    assert [c[1:] for c in changes if c[0] == "DANGEROUS"] == \
        [(c.type.name, c.description) for c in find_dangerous_changes(old, new)]
    return changes


def ours(concord, old_path, new_path):
    run = subprocess.run(shlex.split(concord) + ["schema", "diff", "--json", old_path, new_path],
                         capture_output=True, text=True, timeout=60)
    if run.returncode not in (0, 1):
        return run.returncode, None, run.stderr.strip()
    changes = json.loads(run.stdout)
    return run.returncode, [(c["level"], c["type"], c["description"]) for c in changes], None


def unusable_input(concord):
    """Exit status 2 with FILE:line:column for a syntax error and a schema error, 2 for a
    missing file and for bad usage. Returns the problems found."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        good, syntax, invalid = (os.path.join(tmp, n) for n in ("good.graphql", "syntax.graphql", "invalid.graphql"))
        for path, text in ((good, "type Query { a: Int }\n"), (syntax, "type Query {\n  a: Int\n"),
                           (invalid, "type Query { a: Nope }\n")):
            with open(path, "w") as f:
                f.write(text)
        checks = [([good, syntax], f"{syntax}:3:1: Syntax Error: Expected Name, found <EOF>."),
                  ([invalid, good], f"{invalid}:1:17: Unknown type \"Nope\"."),
                  ([good, os.path.join(tmp, "missing.graphql")], "cannot read the file"),
                  ([good], "usage: concord schema diff")]
        for paths, message in checks:
            run = subprocess.run(shlex.split(concord) + ["schema", "diff"] + paths,
                                 capture_output=True, text=True, timeout=60)
            if run.returncode != 2 or message not in run.stderr:
                problems.append(f"{' '.join(paths)}: exit {run.returncode}, stderr {run.stderr.strip()!r}; "
                                f"expected exit 2 and {message!r}")
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("cases", nargs="?", default=os.path.join(here, "cases"))
    parser.add_argument("--concord", default=".build/release/concord")
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()

    folders = sorted(d for d in glob.glob(os.path.join(args.cases, "*")) if os.path.isdir(d))
    agree, shown, covered = 0, 0, set()
    for folder in folders:
        name = os.path.basename(folder)
        old_path, new_path = os.path.join(folder, "old.graphql"), os.path.join(folder, "new.graphql")
        with open(old_path) as f_old, open(new_path) as f_new:
            expected = reference(f_old.read(), f_new.read())
        covered.update(c[1] for c in expected)
        status, got, error = ours(args.concord, old_path, new_path)
        problems = []
        if got is None:
            problems.append(f"exit {status}: {error}")
        else:
            unsafe = [c for c in got if c[0] != "SAFE"]
            if unsafe != expected:
                problems.append("changes differ:\n    graphql-core: " +
                                "\n                  ".join(" ".join(c) for c in expected or [("(none)",)]) +
                                "\n    concord:      " +
                                "\n                  ".join(" ".join(c) for c in unsafe or [("(none)",)]))
            want_status = 1 if any(c[0] == "BREAKING" for c in expected) else 0
            if status != want_status:
                problems.append(f"exit status {status}, expected {want_status}")
        if problems:
            if shown < args.show:
                print(f"DIFF {name}: " + "; ".join(problems))
                shown += 1
        else:
            agree += 1

    every = {t.name for t in BreakingChangeType} | {t.name for t in DangerousChangeType}
    missing = sorted(every - covered)
    if missing:
        print("change types no case produces: " + ", ".join(missing))
    errors = unusable_input(args.concord)
    for problem in errors:
        print("UNUSABLE INPUT " + problem)
    print(f"agree {agree}/{len(folders)}, change types covered {len(every & covered)}/{len(every)}, "
          f"unusable input {4 - len(errors)}/4")
    sys.exit(0 if agree == len(folders) and not missing and not errors else 1)


if __name__ == "__main__":
    main()
