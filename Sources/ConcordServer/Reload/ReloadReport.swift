import Commerce

/// What a configuration reload changed, for the line `concord serve` logs.
public struct ReloadReport: Sendable, CustomStringConvertible {
    /// How many tokens the new configuration has.
    public var tokens: Int
    /// The names of the tokens it added, revoked, and gave a new secret.
    public var added: [String], removed: [String], rotated: [String]
    /// Whether the backends were configured differently, and so opened anew.
    public var backendsReopened: Bool
    /// The domains of the reopened backends whose stores were new, and got the demo store.
    public var seeded: StoreSeeder.Parts
    /// Whether the file names another host or port, which a reload does not move to.
    public var addressIgnored: Bool
    /// How many trusted documents the manifests hold, when a directory is configured.
    public var trustedDocuments: Int? = nil

    /// `reloaded: 3 tokens (added partner-b; revoked partner-a), backends kept`.
    public var description: String {
        var changes: [String] = []
        if !added.isEmpty { changes.append("added " + added.joined(separator: ", ")) }
        if !removed.isEmpty { changes.append("revoked " + removed.joined(separator: ", ")) }
        if !rotated.isEmpty { changes.append("rotated " + rotated.joined(separator: ", ")) }
        var line = "reloaded: \(tokens) token\(tokens == 1 ? "" : "s")"
        if !changes.isEmpty { line += " (" + changes.joined(separator: "; ") + ")" }
        line += backendsReopened ? ", backends reopened" : ", backends kept"
        if let trustedDocuments { line += ", \(trustedDocuments) trusted document\(trustedDocuments == 1 ? "" : "s")" }
        let seededNames = [(StoreSeeder.Parts.catalog, "catalog"), (.content, "content"), (.carts, "carts")]
            .filter { seeded.contains($0.0) }.map(\.1)
        if !seededNames.isEmpty { line += " (demo store seeded into the new " + seededNames.joined(separator: ", ") + ")" }
        if addressIgnored { line += "; the new host or port takes effect on a hand-over to a new process only" }
        return line
    }
}
