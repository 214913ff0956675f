import Foundation
import GraphQLCore

/// Manifests of trusted documents: JSON files that map ids to document text, as Relay writes
/// them (`{"sha256:<hex>": "query …"}`, bare hex keys too) or Apollo's persisted query manifests
/// (`{"format": "apollo-persisted-query-manifest", "operations": [{"id": …, "body": …}]}`).
/// Every id must be the SHA-256 of its text; a manifest with one that is not is refused whole.
public enum TrustedDocumentManifest {
    /// The documents of one manifest, `name` being its file's name for messages.
    public static func parse(_ bytes: [UInt8], name: String) throws(TrustedDocumentError) -> [TrustedDocument] {
        let json: JSON
        do { json = try JSONParser.parseUntrusted(bytes) } catch {
            throw TrustedDocumentError("\(name): not JSON: \(error.serverDescription)")
        }
        guard case .object(let object) = json else {
            throw TrustedDocumentError("\(name): a manifest is a JSON object mapping \"sha256:<hex>\" to document text")
        }
        var entries: [(key: String, text: JSON)] = []
        if case .string("apollo-persisted-query-manifest")? = object["format"] {
            guard case .array(let operations)? = object["operations"] else { throw TrustedDocumentError("\(name): operations must be an array") }
            for (i, operation) in operations.enumerated() {
                guard case .object(let fields) = operation, case .string(let id)? = fields["id"] else {
                    throw TrustedDocumentError("\(name): operations[\(i)] needs a string id")
                }
                entries.append((id, fields["body"] ?? .null))
            }
        } else {
            entries = object.map { ($0.key, $0.value) }.sorted { $0.key < $1.key }
        }
        var documents: [TrustedDocument] = []
        for (key, value) in entries {
            guard case .string(let text) = value else { throw TrustedDocumentError("\(name): \"\(key)\": the document must be a string") }
            guard let id = TrustedDocument.canonicalID(key) else {
                throw TrustedDocumentError("\(name): \"\(key)\": an id is \"sha256:\" and 64 hex digits")
            }
            let actual = "sha256:" + SHA256.hex(text)
            guard actual == id else {
                throw TrustedDocumentError("\(name): \"\(key)\": the id is not the SHA-256 of its document (that is \(actual))")
            }
            documents.append(TrustedDocument(id: id, text: text, manifest: name))
        }
        return documents
    }

    /// Every `*.json` manifest in `directory`, in name order; a directory that does not exist holds none.
    public static func load(directory: String) throws(TrustedDocumentError) -> [TrustedDocument] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw TrustedDocumentError("\(directory): not a readable directory")
        }
        var documents: [TrustedDocument] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { throw TrustedDocumentError("\(path): cannot read the file") }
            documents += try parse(Array(data), name: path)
        }
        return documents
    }

    /// Checks that every document parses and is valid against `schema` (the spec's rules and
    /// `SlicingArgumentRule`); the error names the first bad one, its manifest and the reason.
    public static func validate(_ documents: [TrustedDocument], schema: GraphQLSchema) throws(TrustedDocumentError) {
        for document in documents {
            let parsed: DocumentNode
            do { parsed = try GraphQLCore.parse(document.text, options: ParseOptions(maxTokens: .max)) } catch {
                throw TrustedDocumentError("\(document.manifest): \(document.id): \(located(error))")
            }
            let errors = GraphQLCore.validate(schema: schema, document: parsed, rules: SchemaEngine.rules)
            if let first = errors.first {
                throw TrustedDocumentError("\(document.manifest): \(document.id): \(located(first))")
            }
        }
    }

    private static func located(_ error: Error) -> String {
        guard let error = error as? GraphQLError else { return String(describing: error) }
        return (error.locations.first.map { "\($0.line):\($0.column): " } ?? "") + error.message
    }
}
