/// What bringing one domain's store up to date did (`concord migrate`): the schema's version before
/// and after, where the schema lives.
public struct SchemaMigration: Sendable, Hashable {
    /// Where the schema lives, for people: `sqlite concord.db`, `postgres database concord on db.internal:5432`.
    public var place: String
    /// The domain's schema version before (0: the store had none of its tables).
    public var fromVersion: Int
    /// The domain's schema version after.
    public var toVersion: Int

    /// Creates a report.
    public init(place: String, fromVersion: Int, toVersion: Int) {
        self.place = place
        self.fromVersion = fromVersion
        self.toVersion = toVersion
    }

    /// One line for people: `migrated from version 0 to 1`, or `up to date at version 1`.
    public var summary: String {
        fromVersion == toVersion ? "up to date at version \(toVersion)" : "migrated from version \(fromVersion) to \(toVersion)"
    }
}
