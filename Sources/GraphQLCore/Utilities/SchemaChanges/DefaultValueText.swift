// A default value as the changes compare and print it: graphql-js's astFromValue of the
// coerced value, object fields sorted by name in natural order (graphql-js's sortValueNode,
// graphql-core's natural_comparison_key), printed.

/// The printed, sorted literal of `value`, the coerced default of `argument`. When no literal
/// can write it (graphql-js throws there), the default as written in the SDL is used.
func defaultValueText(_ value: JSON, of argument: GraphQLArgument) -> String {
    guard let node = astFromValue(value, type: argument.type) ?? argument.defaultValueNode else { return "null" }
    return sortedValueNode(node).printed
}

/// `node` with the fields of every object literal in it sorted by name.
func sortedValueNode(_ node: ValueNode) -> ValueNode {
    switch node.kind {
    case .object(let fields):
        let sorted = fields
            .map { ObjectFieldNode(name: $0.name, value: sortedValueNode($0.value)) }
            .sorted { naturalOrder($0.name.value, $1.name.value) }
        return ValueNode(.object(sorted))
    case .list(let items):
        return ValueNode(.list(items.map(sortedValueNode)))
    default:
        return node
    }
}

/// Whether `a` sorts before `b` in graphql-core's natural order: runs of digits compare as
/// numbers (then as text, so `01` before `1`), other runs as text, a prefix first.
func naturalOrder(_ a: String, _ b: String) -> Bool {
    let left = naturalParts(a), right = naturalParts(b)
    for (x, y) in zip(left, right) where x != y {
        switch (x, y) {
        case (.number(let m), .number(let n)):
            return m.digits.count != n.digits.count ? m.digits.count < n.digits.count
                : m.digits != n.digits ? m.digits < n.digits : m.text < n.text
        case (.text(let s), .text(let t)):
            return Array(s.unicodeScalars.map(\.value)).lexicographicallyPrecedes(t.unicodeScalars.map(\.value))
        default:
            return false  // never: text and digit runs alternate from a leading text run
        }
    }
    return left.count < right.count
}

private enum NaturalPart: Equatable {
    case text(String)
    case number(Digits)
}

/// A run of ASCII digits: its value as digits without leading zeros (compared by length, then
/// text, as arbitrarily large numbers), and the run as written.
private struct Digits: Equatable {
    let text: String
    var digits: String {
        let trimmed = text.drop { $0 == "0" }
        return String(trimmed)
    }
}

/// Alternating runs, always starting with a (possibly empty) text run, as Python's
/// `re.split(r"(\d+)")` splits.
private func naturalParts(_ string: String) -> [NaturalPart] {
    var parts: [NaturalPart] = []
    var run = ""
    var inDigits = false
    for character in string {
        let isDigit = character.isASCII && character.isNumber
        if isDigit != inDigits {
            parts.append(inDigits ? .number(Digits(text: run)) : .text(run))
            run = ""
            inDigits = isDigit
        }
        run.append(character)
    }
    parts.append(inDigits ? .number(Digits(text: run)) : .text(run))
    if inDigits { parts.append(.text("")) }
    return parts
}
