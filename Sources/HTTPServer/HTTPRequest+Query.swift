extension HTTPRequest {
    /// The query string's `name=value` pairs in order, percent-decoded, with `+` read as a space.
    ///
    /// A pair without `=` has an empty value. Invalid percent escapes are kept literally.
    public var queryItems: [(name: String, value: String)] {
        guard let query else { return [] }
        var items: [(name: String, value: String)] = []
        for pair in query.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if let eq = pair.firstIndex(of: UInt8(ascii: "=")) {
                items.append((name: Self.formDecode(pair[pair.startIndex..<eq]),
                              value: Self.formDecode(pair[pair.index(after: eq)...])))
            } else {
                items.append((name: Self.formDecode(pair[...]), value: ""))
            }
        }
        return items
    }

    /// The first query item called `name`, decoded, or nil.
    public func queryItem(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// Decodes `application/x-www-form-urlencoded` bytes: `%XX` escapes and `+` as space.
    static func formDecode(_ bytes: Substring.UTF8View.SubSequence) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if b == UInt8(ascii: "%"), bytes.distance(from: i, to: bytes.endIndex) >= 3,
                      let hi = hexValue(bytes[bytes.index(i, offsetBy: 1)]),
                      let lo = hexValue(bytes[bytes.index(i, offsetBy: 2)]) {
                out.append(hi << 4 | lo)
                i = bytes.index(i, offsetBy: 3)
                continue
            } else {
                out.append(b)
            }
            i = bytes.index(after: i)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of one hexadecimal digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
