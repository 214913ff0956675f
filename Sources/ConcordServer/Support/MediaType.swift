/// A media type from a Content-Type or Accept header: `type/subtype; param=value`.
public struct MediaType: Sendable, Equatable {
    /// `application`, lowercased.
    public var type: String
    /// `json`, lowercased.
    public var subtype: String
    /// Parameters with lowercased names, in order.
    public var parameters: [(name: String, value: String)]

    /// `type/subtype`.
    public var essence: String { "\(type)/\(subtype)" }

    /// The value of parameter `name` (case-insensitive name), or nil.
    public func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name.lowercased() }?.value
    }

    /// Parses one media type; nil when it is not `type/subtype`.
    public init?(_ text: Substring) {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false)
        let essence = parts[0].trimmingCharacters(in: " \t").lowercased()
        let pieces = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else { return nil }
        type = String(pieces[0])
        subtype = String(pieces[1])
        parameters = parts.dropFirst().compactMap { parameter in
            guard let eq = parameter.firstIndex(of: "=") else { return nil }
            let name = parameter[..<eq].trimmingCharacters(in: " \t").lowercased()
            var value = parameter[parameter.index(after: eq)...].trimmingCharacters(in: " \t")
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return (name, value)
        }
    }

    /// Parses a comma-separated Accept header into media ranges.
    public static func list(_ header: String) -> [MediaType] {
        header.split(separator: ",").compactMap { MediaType($0) }
    }

    public static func == (lhs: MediaType, rhs: MediaType) -> Bool {
        lhs.type == rhs.type && lhs.subtype == rhs.subtype
            && lhs.parameters.map(\.name) == rhs.parameters.map(\.name) && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
