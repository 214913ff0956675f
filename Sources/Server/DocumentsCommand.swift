import ConcordServer
import Foundation
import GraphQLCore

/// `concord documents add MANIFEST.json --config F [--schema schema.graphql]`: checks a manifest
/// of trusted documents (every id the SHA-256 of its text, every document valid against the
/// schema) and copies it into the configuration's `trustedDocuments.directory`, where a running
/// `concord serve` reads it on its next reload. `concord documents list --config F` prints the
/// documents the directory holds.
struct DocumentsCommand: CLICommand {
    let name = "documents"
    let summary = "trusted documents: add MANIFEST.json --config F [--schema S] | list --config F"

    private static let usage = "usage: concord documents add MANIFEST.json --config FILE [--schema schema.graphql]\n"
        + "       concord documents list --config FILE"

    func run(_ arguments: [String]) -> Int32 {
        var positional: [String] = []
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if ["--config", "--schema"].contains(argument), index + 1 < arguments.count {
                options[argument] = arguments[index + 1]
                index += 2
            } else if argument.hasPrefix("--") {
                printError("concord documents: unknown option \(argument)\n" + Self.usage)
                return 2
            } else {
                positional.append(argument)
                index += 1
            }
        }
        guard let config = options["--config"], let command = positional.first,
              (command == "add" && positional.count == 2) || (command == "list" && positional.count == 1) else {
            printError(Self.usage)
            return 2
        }
        let directory: String
        switch Self.directory(config) {
        case .failure(let error):
            printError("concord documents: \(error)")
            return 2
        case .success(let found): directory = found
        }
        return command == "add" ? add(positional[1], to: directory, schemaPath: options["--schema"]) : list(directory)
    }

    /// The configuration's `trustedDocuments.directory`.
    private static func directory(_ config: String) -> Result<String, ServerConfigurationError> {
        guard let data = FileManager.default.contents(atPath: config) else { return .failure(ServerConfigurationError("cannot read \(config)")) }
        do {
            guard let directory = try ConfigurationFile.parse(Array(data)).trustedDocumentsDirectory(configPath: config) else {
                return .failure(ServerConfigurationError("\(config) has no trustedDocuments.directory; add \"trustedDocuments\": {\"directory\": \"documents\"}"))
            }
            return .success(directory)
        } catch {
            return .failure(error)
        }
    }

    private func add(_ manifest: String, to directory: String, schemaPath: String?) -> Int32 {
        guard let data = FileManager.default.contents(atPath: manifest) else {
            printError("concord documents: cannot read \(manifest)")
            return 1
        }
        let schema: GraphQLSchema
        switch schemaPath.map(SchemaFile.load) ?? SchemaFile.embedded() {
        case .failure(let error):
            printError("concord documents: \(error.message)")
            return 2
        case .success(let built): schema = built
        }
        let documents: [TrustedDocument]
        do {
            documents = try TrustedDocumentManifest.parse(Array(data), name: manifest)
            try TrustedDocumentManifest.validate(documents, schema: schema)
        } catch {
            printError("concord documents: \(error.description)")
            return 1
        }
        let target = (directory as NSString).appendingPathComponent((manifest as NSString).lastPathComponent)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            // Written beside the target and renamed over it: a server reloading meanwhile reads the old file or the new one.
            let temporary = (directory as NSString).appendingPathComponent(".\((manifest as NSString).lastPathComponent).tmp")
            try data.write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, target) == 0 else { throw ServerConfigurationError(String(cString: strerror(errno))) }
        } catch {
            printError("concord documents: cannot write \(target): \(error)")
            return 1
        }
        print("concord documents: \(documents.count) document\(documents.count == 1 ? "" : "s") from \(manifest) → \(target); "
              + "a running concord serve serves them after concord reload")
        return 0
    }

    private func list(_ directory: String) -> Int32 {
        do {
            for document in try TrustedDocumentManifest.load(directory: directory) {
                let firstLine = document.text.split(separator: "\n").first.map(String.init) ?? ""
                print("\(document.id)  \((document.manifest as NSString).lastPathComponent)  \(firstLine.prefix(60))")
            }
            return 0
        } catch {
            printError("concord documents: \(error.description)")
            return 1
        }
    }
}
