import Commerce
import Foundation

/// What `concord backup` and `concord restore` do with a configuration: one copy per SQLite file the
/// configuration names, and a note for every domain held elsewhere.
///
/// Usually every domain is in one file, and its copy is the file given (`--to backup.db`). When the
/// domains are in several files, each file's copy is the name given with that file's domains before
/// the extension, in domain order: `backup-catalog-content.db` and `backup-carts.db`; a restore with
/// the same configuration and `--from backup.db` reads the same names. Domains on PostgreSQL are not
/// copied (pg_dump and pg_restore do that) and make the command exit 2; memory domains hold nothing
/// on disk.
public struct StoreBackupPlan: Sendable {
    /// One SQLite file and its copy.
    public struct File: Sendable, Hashable {
        /// The store's path, as the configuration names it.
        public var store: String
        /// The domains it holds, in domain order.
        public var domains: [BackendConfiguration.Domain]
        /// The copy's path: where a backup writes, where a restore reads.
        public var copy: String
    }

    /// A domain on a backend other than SQLite.
    public struct Elsewhere: Sendable, Hashable {
        /// The domain.
        public var domain: BackendConfiguration.Domain
        /// The backend kind, such as `postgres` or `memory`.
        public var backend: String
    }

    /// The SQLite files, in the order of their first domain.
    public var files: [File]
    /// The domains on other backends.
    public var elsewhere: [Elsewhere]

    /// The plan for `configuration`, with copies named after `copy` (the `--to` or `--from` path).
    public init(configuration: BackendConfiguration, copy: String) {
        var stores: [(path: String, domains: [BackendConfiguration.Domain])] = []
        var elsewhere: [Elsewhere] = []
        for domain in BackendConfiguration.Domain.allCases {
            let choice = configuration[domain]
            guard choice.backend == "sqlite", let path = choice.options["path"] else {
                elsewhere.append(Elsewhere(domain: domain, backend: choice.backend))
                continue
            }
            if let index = stores.firstIndex(where: { $0.path == path }) { stores[index].domains.append(domain) } else { stores.append((path, [domain])) }
        }
        files = stores.map { store in
            File(store: store.path, domains: store.domains,
                 copy: stores.count == 1 ? copy : Self.copyName(copy, domains: store.domains))
        }
        self.elsewhere = elsewhere
    }

    /// `backup.db` for the catalog and content: `backup-catalog-content.db` (the domains before the
    /// extension; at the end when the name has none).
    public static func copyName(_ copy: String, domains: [BackendConfiguration.Domain]) -> String {
        let url = URL(fileURLWithPath: copy)
        let name = url.lastPathComponent
        let tag = "-" + domains.map(\.rawValue).joined(separator: "-")
        let renamed: String
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            renamed = name[..<dot] + tag + name[dot...]
        } else {
            renamed = name + tag
        }
        let folder = (copy as NSString).deletingLastPathComponent
        return folder.isEmpty ? renamed : (folder as NSString).appendingPathComponent(renamed)
    }
}
