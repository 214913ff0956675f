import Commerce
import Foundation

/// The JSON columns' encoding: sorted keys, so the same data always gives the same bytes
/// (a seeded database is identical from run to run).
enum SQLiteJSON {
    /// A new encoder with sorted keys.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
