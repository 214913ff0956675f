#!/bin/sh
# Renders the explorer page from the Swift sources, without building the whole package:
# compiles Sources/ConcordServer/Explorer/*.swift with a small main, writes the page to
# OUT.html and the headers to serve it with to OUT.html.headers ("Name: value" lines).
#
#   Tests/e2e/render_explorer_page.sh OUT.html [ENDPOINT [TOKEN]]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: render_explorer_page.sh OUT.html [ENDPOINT [TOKEN]]}
endpoint=${2:-/graphql}
token=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/main.swift" <<'SWIFT'
import Foundation
let arguments = CommandLine.arguments
let token: String? = arguments[2].isEmpty ? nil : arguments[2]
print(ExplorerPage.html(endpoint: arguments[1], token: token), terminator: "")
if arguments.count > 3 {
    let lines = ExplorerPage.responseHeaders.map { $0.name + ": " + $0.value + "\n" }.joined()
    try! lines.write(toFile: arguments[3], atomically: true, encoding: .utf8)
}
SWIFT
swiftc -O -module-name ExplorerRender -o "$work/render" "$root"/Sources/ConcordServer/Explorer/*.swift "$work/main.swift"
"$work/render" "$endpoint" "$token" "$out.headers" > "$out"
