#!/bin/sh
# Builds the seed corpora in Fuzz/corpus/TARGET from the conformance cases and bench data.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cases=${CASES:-/work/shared/conformance/cases}
bench=${BENCH:-/work/shared/bench/data}
out="$here/corpus"
mkdir -p "$out/parse" "$out/roundtrip" "$out/schema" "$out/validate" "$out/execute" "$out/json" "$out/cost"
for world in "$cases"/*/; do
    w=$(basename "$world")
    cp "$world/schema.graphql" "$out/schema/$w.graphql"
    cp "$world/schema.graphql" "$out/parse/$w-schema.graphql"
    cp "$world/schema.graphql" "$out/roundtrip/$w-schema.graphql"
    cp "$world/root.json" "$out/json/$w-root.json"
    for q in "$world"/queries/*.graphql; do
        n=$(basename "$q" .graphql)
        for t in parse roundtrip validate; do cp "$q" "$out/$t/$w-$n.graphql"; done
        v="$world/queries/$n.variables.json"
        if [ -f "$v" ]; then
            cp "$v" "$out/json/$w-$n.json"
            { cat "$q"; printf '\0'; cat "$v"; } > "$out/execute/$w-$n"
        else
            cp "$q" "$out/execute/$w-$n"
        fi
    done
done
cp "$bench/introspection.graphql" "$out/parse/"; cp "$bench/introspection.graphql" "$out/validate/"
cp "$bench/introspection.graphql" "$out/execute/"; cp "$bench/introspection.graphql" "$out/roundtrip/"
cp "$out/execute/"* "$out/cost/"
# GitHub's schema (368 KB) only as an SDL seed: too large to mutate usefully elsewhere.
cp "$bench/github-schema.graphql" "$out/schema/github.graphql"
echo "seeded $(find "$out" -type f | wc -l) files in $out"
# HTTP/1.1 request streams for `http` (the first byte picks the piece size).
mkdir -p "$out/http"
printf '\003GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n' > "$out/http/pipelined"
printf '\007POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 13\r\n\r\n{"query":"{"}' > "$out/http/length"
printf '\001POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n0\r\nTrailer: t\r\n\r\n' > "$out/http/chunked"
printf '\002\r\nPOST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok' > "$out/http/continue"
