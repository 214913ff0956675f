import Foundation

/// Units a checkout took of one variant from one location: what a reservation records, so that a
/// return gives them back where they came from.
public struct TakenStock: Sendable, Hashable, Codable {
    /// The variant's id.
    public var variantID: Int64
    /// The location's code.
    public var location: String
    /// Units taken.
    public var quantity: Int

    /// Creates a record.
    public init(variantID: Int64, location: String, quantity: Int) {
        self.variantID = variantID
        self.location = location
        self.quantity = quantity
    }

    /// The records of a reservation's JSON: objects `{"variantID", "location", "quantity"}`, or
    /// the pairs `[variant, units]` of a reservation taken before channels (all from the default
    /// location). Nil when it is neither.
    public static func decode(_ json: String) -> [TakenStock]? {
        let data = Array(json.utf8)
        if let records = try? JSONDecoder().decode([TakenStock].self, from: Data(data)) { return records }
        guard let pairs = try? JSONDecoder().decode([[Int64]].self, from: Data(data)) else { return nil }
        return pairs.filter { $0.count == 2 }.map {
            TakenStock(variantID: $0[0], location: StockLevel.defaultLocation, quantity: Int(clamping: $0[1]))
        }
    }
}
