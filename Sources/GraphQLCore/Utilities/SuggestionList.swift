// "Did you mean" suggestions, as graphql-js makes them (suggestionList, didYouMean).

/// The options that are close to `input` by lexical distance, closest first; ties in
/// natural order. An option is close when its distance is at most 40% of the input's length
/// (at least 1); a different letter case alone is distance 1.
public func suggestionList(_ input: String, options: [String]) -> [String] {
    let distance = LexicalDistance(input)
    let threshold = Int(Double(input.utf16.count) * 0.4) + 1
    var found: [(String, Int)] = []
    for option in options {
        if let d = distance.measure(option, threshold: threshold) { found.append((option, d)) }
    }
    return found.sorted { a, b in
        a.1 != b.1 ? a.1 < b.1 : naturalCompare(a.0, b.0) < 0
    }.map(\.0)
}

/// `" Did you mean "a", "b", or "c"?"` for up to five suggestions; empty for none. With a
/// `subMessage`, it reads `" Did you mean <subMessage> "a"?"`.
public func didYouMean(_ suggestions: [String], subMessage: String? = nil) -> String {
    guard !suggestions.isEmpty else { return "" }
    var message = " Did you mean "
    if let subMessage { message += subMessage + " " }
    let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
    switch quoted.count {
    case 1: return message + quoted[0] + "?"
    case 2: return message + quoted[0] + " or " + quoted[1] + "?"
    default: return message + quoted.dropLast().joined(separator: ", ") + ", or " + quoted.last! + "?"
    }
}

/// Optimal string alignment distance, case-insensitive, with a case-only difference counted as 1.
private struct LexicalDistance {
    let input: String
    let lower: [UInt16]

    init(_ input: String) {
        self.input = input
        self.lower = Array(input.lowercased().utf16)
    }

    func measure(_ option: String, threshold: Int) -> Int? {
        if option == input { return 0 }
        let other = Array(option.lowercased().utf16)
        if other == lower { return 1 }
        var a = other, b = lower
        if a.count < b.count { swap(&a, &b) }
        let aLength = a.count, bLength = b.count
        if aLength - bLength > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: bLength + 1), count: 3)
        for j in 0...bLength { rows[0][j] = j }
        for i in 1...max(aLength, 1) where aLength > 0 {
            let upRow = rows[(i - 1) % 3]
            var currentRow = rows[i % 3]
            currentRow[0] = i
            var smallest = i
            for j in 1...max(bLength, 1) where bLength > 0 {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(upRow[j] + 1, currentRow[j - 1] + 1, upRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, rows[(i - 2) % 3][j - 2] + 1)
                }
                currentRow[j] = value
                smallest = min(smallest, value)
            }
            rows[i % 3] = currentRow
            if smallest > threshold { return nil }
        }
        let distance = rows[aLength % 3][bLength]
        return distance <= threshold ? distance : nil
    }
}

/// graphql-js's `naturalCompare`: digit runs compare by numeric value, everything else by code unit.
public func naturalCompare(_ a: String, _ b: String) -> Int {
    let x = Array(a.utf16), y = Array(b.utf16)
    var i = 0, j = 0
    func isDigit(_ c: UInt16) -> Bool { c >= 48 && c <= 57 }
    while i < x.count && j < y.count {
        if isDigit(x[i]) && isDigit(y[j]) {
            var numA = 0.0, numB = 0.0
            repeat { numA = numA * 10 + Double(x[i] - 48); i += 1 } while i < x.count && isDigit(x[i])
            repeat { numB = numB * 10 + Double(y[j] - 48); j += 1 } while j < y.count && isDigit(y[j])
            if numA < numB { return -1 }
            if numA > numB { return 1 }
        } else {
            if x[i] < y[j] { return -1 }
            if x[i] > y[j] { return 1 }
            i += 1; j += 1
        }
    }
    return (x.count - i) - (y.count - j)
}
