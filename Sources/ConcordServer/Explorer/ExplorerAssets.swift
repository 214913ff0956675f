/// The explorer's files (`Explorer/Assets/`: the page, its style sheet and its scripts), each served
/// at a URL of its own named by a hash of its content (`/explorer/explorer.<hash>.js`), so that a
/// browser may keep it for good: a new build that changes a file changes its URL. The binary holds
/// them (`ExplorerAssets+Embedded.swift`); nothing beside it is read at run time.
public struct ExplorerAssets: Sendable {
    /// One file served at its own URL.
    public struct Asset: Sendable {
        /// The path it is served at, with the hash of its content.
        public let path: String
        /// Its `Content-Type`.
        public let contentType: String
        /// Its bytes.
        public let body: [UInt8]
    }

    /// The scripts, in the order the page runs them: each uses what the ones before it define.
    public static let scriptFiles = ["editor.js", "completion.js", "format.js", "docs.js", "app.js"]

    /// The page, with `@@STYLE_URL@@`, `@@SCRIPT_URL@@` and `@@CONFIG_JSON@@` to fill in.
    let template: String
    /// The scripts as one file, run in one function scope in strict mode.
    public let script: Asset
    /// The style sheet.
    public let style: Asset

    /// The assets from the files' bytes: the page `template`, the `style` sheet, and the `scripts`
    /// in the order of `scriptFiles`.
    public init(template: [UInt8], style: [UInt8], scripts: [[UInt8]]) {
        var bundle = Array("(function () {\n'use strict';\n".utf8)
        for part in scripts { bundle += part }
        bundle += Array("})();\n".utf8)
        self.template = String(decoding: template, as: UTF8.self)
        script = Asset(path: Self.path("explorer", bundle, "js"), contentType: "text/javascript; charset=utf-8", body: bundle)
        self.style = Asset(path: Self.path("explorer", style, "css"), contentType: "text/css; charset=utf-8", body: style)
    }

    /// Every file served besides the page.
    public var files: [Asset] { [script, style] }

    /// The headers an asset is served with: its type, kept for a year and never revalidated
    /// (`immutable`: its URL changes with its content), no sniffing.
    public static func headers(for asset: Asset) -> [(name: String, value: String)] {
        [("Content-Type", asset.contentType), ("Cache-Control", "public, max-age=31536000, immutable"),
         ("X-Content-Type-Options", "nosniff")]
    }

    private static func path(_ name: String, _ body: [UInt8], _ suffix: String) -> String {
        "/explorer/\(name).\(SHA256.hexString(SHA256.digest(body)).prefix(16)).\(suffix)"
    }
}
