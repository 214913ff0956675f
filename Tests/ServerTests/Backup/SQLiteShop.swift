import Foundation
import HTTPTestSupport

/// A folder with a configuration that puts every domain in one SQLite file, for real `concord`
/// processes (`ConcordProcess`): the tokens of `TwoServersTests`, and a second configuration naming
/// another file, to serve a backup copy beside the live store.
struct SQLiteShop {
    let folder: URL

    /// A new empty folder.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A file in the folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes `NAME.json`, every domain on SQLite in `database`; returns its path.
    func config(_ name: String, database: String) throws -> URL {
        let domain: [String: Any] = ["backend": "sqlite", "path": path(database)]
        let configuration: [String: Any] = [
            "tokens": [["name": "shop", "kind": "storefront", "token": TwoServersTests.storefront],
                       ["name": "ops", "kind": "partner", "token": TwoServersTests.partner, "rateLimit": ["perSecond": 1000, "burst": 1000]]],
            "responseCache": ["entries": 0],
            "catalog": domain, "content": domain, "carts": domain,
        ]
        let url = folder.appendingPathComponent("\(name).json")
        try JSONSerialization.data(withJSONObject: configuration).write(to: url)
        return url
    }

    /// `concord serve` with the configuration at `config`.
    func serve(_ config: URL, name: String) async throws -> ConcordProcess {
        try await io { try ConcordProcess(config: config, in: folder, name: name) }
    }

    /// `concord ARGUMENTS`, its status and output.
    func concord(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await io { try ConcordProcess.outcome(arguments, in: folder) }
    }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(at: folder) }
}
