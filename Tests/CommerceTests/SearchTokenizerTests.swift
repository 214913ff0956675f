import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite

/// `SearchTokenizer` splits and folds text exactly as the SQLite backend's FTS5 tokenizer
/// (`unicode61 remove_diacritics 2`), read back through an `fts5vocab` table: otherwise the two
/// backends would match different words.
@Suite("SearchTokenizer against FTS5's unicode61 tokenizer")
struct SearchTokenizerTests {
    /// The tokens FTS5 makes of each text, in order.
    private static func fts5Tokens(_ texts: [String]) throws -> [[String]] {
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute("CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'unicode61 remove_diacritics 2')")
        try db.execute("CREATE VIRTUAL TABLE v USING fts5vocab (t, 'instance')")
        try db.transaction {
            for (index, text) in texts.enumerated() {
                try db.run("INSERT INTO t (rowid, x) VALUES (?, ?)", [.integer(Int64(index)), .text(text)])
            }
        }
        var tokens = Array(repeating: [String](), count: texts.count)
        for (doc, term) in try db.query("SELECT doc, term FROM v ORDER BY doc, offset", row: { (Int($0.int(0)), $0.text(1)) }) {
            tokens[doc].append(term)
        }
        return tokens
    }

    @Test("every code point, between two letters, splits or folds the same")
    func everyCodePoint() throws {
        let ranges: [ClosedRange<UInt32>] = [0x80...0x2FFFF, 0xE0000...0xE01FF, 0xF0000...0xF00FF, 0x10FF00...0x10FFFF]
        let scalars = ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init)
        let texts = scalars.map { "a" + String(String.UnicodeScalarView([$0])) + "b" }
        let expected = try Self.fts5Tokens(texts)
        var mismatches: [String] = []
        for (index, text) in texts.enumerated() where SearchTokenizer.tokens(text) != expected[index] {
            let code = String(scalars[index].value, radix: 16, uppercase: true)
            mismatches.append("U+\(code): FTS5 \(expected[index]), SearchTokenizer \(SearchTokenizer.tokens(text))")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ: \(mismatches.prefix(20).joined(separator: "; "))")
    }

    @Test("sentences in several scripts, with accents written both ways, tokenize the same")
    func sentences() throws {
        let texts = [
            "Café crème brûlée, naïve Ångström", "Cafe\u{301} cre\u{300}me", "Straße STRASSE ẞ", "İstanbul ıi", "ﬁne ﬀ ŉ",
            "Ørsted Łódź Æble Œuvre", "ΣΊΣΥΦΟΣ σίσυφος ς", "Москва ёлка Й", "हिन्दी", "日本語テキスト 中文", "½ 3² Ⅻ ①",
            "foo_bar-baz C++ 10.5", "Coffee ☕ cup 🐿 🤷", "ǅemal Ǆ ǈ", "Ꭰ ꭰ", "µ ſ ẛ", "x\u{E000}y", "ǡ Ǡ ǘ ȱ",
            "   ", "", "tag:sale \"quoted\"", "K Å",
        ]
        let expected = try Self.fts5Tokens(texts)
        for (index, text) in texts.enumerated() {
            #expect(SearchTokenizer.tokens(text) == expected[index], "\(text.debugDescription)")
        }
    }
}
