import Foundation

/// An opaque, stable global id: base64url of `gid://concord/<Type>/<key>`.
public struct GlobalID: Sendable, Hashable, CustomStringConvertible {
    /// The GraphQL type name, such as "Product".
    public var type: String
    /// The store-internal key, such as "42" or a cart's secret token.
    public var key: String

    /// Creates an id from its parts.
    public init(type: String, key: String) {
        self.type = type
        self.key = key
    }

    /// Creates an id for a numeric key.
    public init(type: String, id: Int64) {
        self.init(type: type, key: String(id))
    }

    /// Decodes an id; nil when `text` is not one of ours.
    public init?(decoding text: String) {
        guard let raw = Base64URL.decode(text), raw.hasPrefix("gid://concord/") else { return nil }
        let rest = raw.dropFirst("gid://concord/".count)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let type = rest[..<slash], key = rest[rest.index(after: slash)...]
        guard !type.isEmpty, !key.isEmpty, type.allSatisfy({ $0.isLetter }) else { return nil }
        self.init(type: String(type), key: String(key))
    }

    /// The encoded, opaque form.
    public var encoded: String {
        // Bytes appended directly: every node's id is encoded, so this avoids an interpolated String.
        var raw: [UInt8] = []
        raw.reserveCapacity(15 + type.utf8.count + key.utf8.count)
        raw.append(contentsOf: "gid://concord/".utf8)
        raw.append(contentsOf: type.utf8)
        raw.append(UInt8(ascii: "/"))
        raw.append(contentsOf: key.utf8)
        return Base64URL.encode(bytes: raw)
    }

    /// The key as a numeric id, when it is one.
    public var numericKey: Int64? {
        guard let value = Int64(key), value > 0, String(value) == key else { return nil }
        return value
    }

    /// Decodes `text` as an id of `type` with a numeric key.
    public static func numeric(_ text: String, type: String) -> Int64? {
        guard let id = GlobalID(decoding: text), id.type == type else { return nil }
        return id.numericKey
    }

    public var description: String { encoded }
}

/// Base64 with the URL alphabet and no padding.
enum Base64URL {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Encodes bytes straight into the URL alphabet, without padding.
    static func encode(bytes: [UInt8]) -> String {
        let count = (bytes.count * 4 + 2) / 3
        return String(unsafeUninitializedCapacity: count) { output in
            alphabet.withUnsafeBufferPointer { table in
                var out = 0, index = 0
                while index + 3 <= bytes.count {
                    let word = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
                    output[out] = table[Int(word >> 18 & 63)]
                    output[out + 1] = table[Int(word >> 12 & 63)]
                    output[out + 2] = table[Int(word >> 6 & 63)]
                    output[out + 3] = table[Int(word & 63)]
                    out += 4
                    index += 3
                }
                let rest = bytes.count - index
                if rest > 0 {
                    let word = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
                    output[out] = table[Int(word >> 18 & 63)]
                    output[out + 1] = table[Int(word >> 12 & 63)]
                    out += 2
                    if rest == 2 {
                        output[out] = table[Int(word >> 6 & 63)]
                        out += 1
                    }
                }
                return out
            }
        }
    }

    /// Decodes to a UTF-8 string; nil when malformed.
    static func decode(_ text: String) -> String? {
        guard !text.isEmpty, text.utf8.count <= 4096,
              text.utf8.allSatisfy({ isAlphabet($0) }) else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.utf8.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    private static func isAlphabet(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
