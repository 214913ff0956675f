#!/bin/sh
# Runs one fuzz target for SECONDS (default 300): ./run.sh TARGET [SECONDS] [extra libFuzzer flags]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=$1; seconds=${2:-300}; shift; [ $# -gt 0 ] && shift
mkdir -p "$here/artifacts/$target"
[ -d "$here/corpus/$target" ] || "$here/seed.sh"
maxlen=65536; [ "$target" = schema ] && maxlen=400000
# LeakSanitizer is off: Swift keeps multi-payload enum tags in pointers' spare bits (GraphQLType's
# .list/.nonNull boxes), which LSan cannot see through, so it reports live schemas as leaked.
# Swift's own backtracer is off so that libFuzzer's crash handling writes the artifact.
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
exec "$here/.build/release/ConcordFuzz" "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=$maxlen -artifact_prefix="$here/artifacts/$target/" -print_final_stats=1 -detect_leaks=0 "$@" "$here/corpus/$target"
