import Foundation

/// An opaque pagination cursor: base64url of a small JSON object naming the list's order and the
/// item's position in it. Clients must not parse it; a cursor from another order is rejected.
public enum Cursor {
    /// Encodes a keyset position for the order named `order` (such as "TITLE").
    public static func encode(_ position: SortPosition, order: String) -> String {
        // The same bytes JSONSerialization wrote with sorted keys (i, then n, o, r or s),
        // written by hand: this runs once per edge and was the hottest code of a collection page.
        var json: [UInt8] = []
        json.reserveCapacity(32 + order.utf8.count)
        json.append(contentsOf: #"{"i":"#.utf8)
        json.append(contentsOf: String(position.id).utf8)
        switch position.value {
        case .int(let value):
            json.append(contentsOf: #","n":"#.utf8)
            json.append(contentsOf: String(value).utf8)
            appendOrder(order, to: &json)
        case .real(let value):
            appendOrder(order, to: &json)
            json.append(contentsOf: #","r":"#.utf8)
            json.append(contentsOf: (value.isFinite ? value.description : "0").utf8)
        case .text(let value):
            appendOrder(order, to: &json)
            json.append(contentsOf: #","s":"#.utf8)
            appendString(value, to: &json)
        }
        json.append(UInt8(ascii: "}"))
        return Base64URL.encode(bytes: json)
    }

    private static func appendOrder(_ order: String, to json: inout [UInt8]) {
        json.append(contentsOf: #","o":"#.utf8)
        appendString(order, to: &json)
    }

    /// Appends `text` as a JSON string, escaping quotes, backslashes, slashes and control characters.
    private static func appendString(_ text: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                json.append(UInt8(ascii: "\\"))
                json.append(byte)
            case 0x0A: json.append(contentsOf: #"\n"#.utf8)
            case 0x0D: json.append(contentsOf: #"\r"#.utf8)
            case 0x09: json.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                json.append(contentsOf: #"\u00"#.utf8)
                json.append(hex[Int(byte >> 4)])
                json.append(hex[Int(byte & 0xF)])
            default: json.append(byte)
            }
        }
        json.append(UInt8(ascii: "\""))
    }

    /// Decodes a cursor made by `encode` for the same order, or throws a clear error naming `argument`.
    public static func decode(_ text: String, order: String, argument: String) throws(CommerceError) -> SortPosition {
        // JSONDecoder, not JSONSerialization: the latter rounds many doubles on Linux (1.8874651810584958e-06
        // came back as 1.887465181058496e-06), so a window after a relevance cursor held its own item again.
        guard let json = Base64URL.decode(text),
              let fields = try? JSONDecoder().decode(CursorFields.self, from: Data(json.utf8)) else {
            throw .badRequest("Invalid cursor \"\(text)\" for \(argument).")
        }
        guard fields.o == order else {
            throw .badRequest("The cursor \"\(text)\" for \(argument) belongs to another sort order; start again without \(argument).")
        }
        if let value = fields.n { return SortPosition(value: .int(value), id: fields.i) }
        if let value = fields.s { return SortPosition(value: .text(value), id: fields.i) }
        if let value = fields.r { return SortPosition(value: .real(value), id: fields.i) }
        throw .badRequest("Invalid cursor \"\(text)\" for \(argument).")
    }
}
