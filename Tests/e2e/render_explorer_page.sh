#!/bin/sh
# Renders the explorer page from its files (Sources/ConcordServer/Explorer/Assets) with the server's
# own Swift code for it, without building the whole package: compiles the explorer's Swift files
# (all but the *+Embedded.swift ones, which read the copies built into concord) with a small main,
# writes the page to OUT.html, the headers to serve it with to OUT.html.headers ("Name: value"
# lines), and the files it links to into OUT.html.files/ (served at /explorer/NAME).
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
let folder = URL(fileURLWithPath: arguments[1])
func bytes(_ name: String) -> [UInt8] { Array(try! Data(contentsOf: folder.appendingPathComponent(name))) }
let assets = ExplorerAssets(template: bytes("explorer.html"), style: bytes("explorer.css"),
                            scripts: ExplorerAssets.scriptFiles.map(bytes))
let token: String? = arguments[3].isEmpty ? nil : arguments[3]
let out = arguments[4]
try! ExplorerPage.html(endpoint: arguments[2], token: token, assets: assets).write(toFile: out, atomically: true, encoding: .utf8)
let lines = ExplorerPage.responseHeaders.map { $0.name + ": " + $0.value + "\n" }.joined()
try! lines.write(toFile: out + ".headers", atomically: true, encoding: .utf8)
let files = URL(fileURLWithPath: out + ".files")
try! FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
for file in assets.files {
    try! Data(file.body).write(to: files.appendingPathComponent(String(file.path.split(separator: "/").last!)))
}
SWIFT
explorer="$root/Sources/ConcordServer/Explorer"
sources=$(ls "$explorer"/*.swift | grep -v '+Embedded\.swift$')
# shellcheck disable=SC2086
swiftc -O -module-name ExplorerRender -o "$work/render" $sources "$root/Sources/ConcordServer/Support/SHA256.swift" "$work/main.swift"
rm -rf "$out.files"
"$work/render" "$explorer/Assets" "$endpoint" "$token" "$out"
