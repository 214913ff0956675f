import Foundation

/// An opaque pagination cursor: base64url of a small JSON object naming the list's order and the
/// item's position in it. Clients must not parse it; a cursor from another order is rejected.
public enum Cursor {
    /// Encodes a keyset position for the order named `order` (such as "TITLE").
    public static func encode(_ position: SortPosition, order: String) -> String {
        var object: [String: Any] = ["o": order, "i": position.id]
        switch position.value {
        case .int(let value): object["n"] = value
        case .text(let value): object["s"] = value
        case .real(let value): object["r"] = value
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Base64URL.encode(String(decoding: data, as: UTF8.self))
    }

    /// Decodes a cursor made by `encode` for the same order, or throws a clear error naming `argument`.
    public static func decode(_ text: String, order: String, argument: String) throws(CommerceError) -> SortPosition {
        guard let json = Base64URL.decode(text),
              let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
              let cursorOrder = object["o"] as? String,
              let id = (object["i"] as? NSNumber)?.int64Value else {
            throw .badRequest("Invalid cursor \"\(text)\" for \(argument).")
        }
        guard cursorOrder == order else {
            throw .badRequest("The cursor \"\(text)\" for \(argument) belongs to another sort order; start again without \(argument).")
        }
        if let value = object["n"] as? NSNumber { return SortPosition(value: .int(value.int64Value), id: id) }
        if let value = object["s"] as? String { return SortPosition(value: .text(value), id: id) }
        if let value = object["r"] as? NSNumber { return SortPosition(value: .real(value.doubleValue), id: id) }
        throw .badRequest("Invalid cursor \"\(text)\" for \(argument).")
    }
}
