import Foundation

/// The lint behind `AnswerCacheLintTests`: reads Swift sources and reports every cache that may hold
/// answers without being keyed by the request's context.
///
/// - Every `LRUCache<Key, …>` must be one of the text caches (`textCaches`: they hold documents and
///   queries by their text, the same in every context), or its key type must be a struct, declared
///   in the same file, that holds a `ContextKey` (which only a `StorefrontContext` makes).
/// - Every type whose name ends in `Cache` must be classified in `classified`, so a new cache is
///   looked at before it ships.
struct AnswerCacheLint {
    /// Caches of texts (file, key type): what they hold does not depend on the context.
    static let textCaches: Set<String> = ["DocumentCache.swift:Key", "PersistedQueries.swift:String"]
    /// Every cache type in Sources, and why it is keyed as it is.
    static let classified: [String: String] = [
        "LRUCache": "the bounded store the server's caches are made of; checked where it is used",
        "ResponseCache": "answers: keyed by ContextKey",
        "DocumentCache": "parsed documents by their text: the same in every context",
        "PlanCache": "execution plans of one document by @skip/@include values: no data",
        "SQLiteProductCache": "catalog entities: keyed by the CatalogContext on the data side of issue 13",
        "PostgresProductCache": "catalog entities: keyed by the CatalogContext on the data side of issue 13",
        "StaleCache": "an upstream's answers for the http backend: keyed by the CatalogContext on the data side of issue 13",
    ]

    /// One finding: where, and what is wrong.
    struct Finding: Equatable, CustomStringConvertible {
        var file: String
        var message: String
        var description: String { "\(file): \(message)" }
    }

    /// The findings in `files` (name → text).
    static func findings(in files: [String: String]) -> [Finding] {
        var findings: [Finding] = []
        let lru = try! NSRegularExpression(pattern: #"LRUCache<\s*([A-Za-z_][A-Za-z0-9_.]*)\s*,"#)
        let cacheType = try! NSRegularExpression(pattern: #"(?:class|struct|actor|enum)\s+([A-Za-z_][A-Za-z0-9_]*Cache)\b"#)
        for (file, text) in files.sorted(by: { $0.key < $1.key }) {
            let range = NSRange(text.startIndex..., in: text)
            for match in lru.matches(in: text, range: range) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                let name = (file as NSString).lastPathComponent
                if name == "LRUCache.swift" || textCaches.contains("\(name):\(key)") { continue }
                if !declares(key, holding: "ContextKey", in: text) {
                    findings.append(Finding(file: file, message: "LRUCache<\(key), …> is not keyed by a ContextKey (add one to \(key), or list it as a text cache)"))
                }
            }
            for match in cacheType.matches(in: text, range: range) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                if classified[name] == nil {
                    findings.append(Finding(file: file, message: "\(name) is a cache no one has classified: key it by ContextKey (answers) or CatalogContext (catalog entities), and list it in AnswerCacheLint.classified"))
                }
            }
        }
        return findings
    }

    /// Whether `text` declares a struct named `name` (its last component) with a stored property of type `type`.
    private static func declares(_ name: String, holding type: String, in text: String) -> Bool {
        let simple = name.split(separator: ".").last.map(String.init) ?? name
        guard let start = text.range(of: "struct \(simple)") else { return false }
        var depth = 0, body = ""
        for character in text[start.upperBound...] {
            if character == "{" { depth += 1 } else if character == "}" { depth -= 1; if depth == 0 { break } }
            if depth > 0 { body.append(character) }
        }
        return body.range(of: #":\s*\#(type)\b"#, options: .regularExpression) != nil
    }

    /// Every `.swift` file under `Sources`, by its path there.
    static func sources() throws -> [String: String] {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sources").path) {
            folder = folder.deletingLastPathComponent()
            guard folder.path != "/" else { throw CocoaError(.fileNoSuchFile) }
        }
        let root = folder.appendingPathComponent("Sources")
        var files: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files[String(url.path.dropFirst(root.path.count + 1))] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }
}
