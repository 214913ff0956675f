// IntValue and FloatValue, with graphql-js's errors: `00`, `1.`, `.5`, `1e`, `0x1` and
// `1_000` are all rejected.
// https://spec.graphql.org/September2025/#sec-Int-Value

extension Lexer {
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    /// FloatValue :: IntegerPart FractionalPart ExponentPart | IntegerPart FractionalPart | IntegerPart ExponentPart
    /// IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
    /// FractionalPart :: . Digit+
    /// ExponentPart :: ExponentIndicator Sign? Digit+
    @inline(never)
    mutating func readNumber() throws(GraphQLError) -> Token {
        let start = position
        var index = start
        var code = self.code(at: index)
        var isFloat = false
        if code == 0x2D {
            index += 1
            code = self.code(at: index)
        }
        if code == 0x30 {
            index += 1
            code = self.code(at: index)
            if isDigit(code) {
                throw syntaxError(at: index, "Invalid number, unexpected digit after 0: \(printCodePoint(at: index)).")
            }
        } else {
            index = try readDigits(from: index)
            code = self.code(at: index)
        }
        if code == 0x2E {
            isFloat = true
            index = try readDigits(from: index + 1)
            code = self.code(at: index)
        }
        if code == 0x45 || code == 0x65 {
            isFloat = true
            index += 1
            code = self.code(at: index)
            if code == 0x2B || code == 0x2D { index += 1 }
            index = try readDigits(from: index)
            code = self.code(at: index)
        }
        // Numbers cannot be followed by `.` or a NameStart.
        if code == 0x2E || (code >= 0 && isNameStart(UInt8(code))) {
            throw syntaxError(at: index, "Invalid number, expected digit but got: \(printCodePoint(at: index)).")
        }
        position = index
        return makeToken(isFloat ? .float : .int, start: start, end: index)
    }

    /// Digit+ starting at `start`; returns the offset after the last digit.
    private func readDigits(from start: Int) throws(GraphQLError) -> Int {
        guard isDigit(code(at: start)) else {
            throw syntaxError(at: start, "Invalid number, expected digit but got: \(printCodePoint(at: start)).")
        }
        var index = start + 1
        while isDigit(code(at: index)) { index += 1 }
        return index
    }
}
