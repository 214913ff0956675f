import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite

@Suite("JSON arrays bound for json_each")
struct SQLiteJSONArrayTests {
    static let hostile = [
        "", "plain", "say \"hi\"", #"back\slash"#, #"\"#, #"\""#, "line\nbreak", "cr\rtab\t", "nul\u{0}byte",
        "bell\u{7}esc\u{1B}unit\u{1F}", "del\u{7F}", "é ü ß", "日本語", "emoji 🛒👩‍👩‍👧", "\u{2028}\u{2029}",
        "slash / and </script>", "'single' quotes", "[\"not\", \"an array\"]", "{\"key\": 1}",
    ]

    @Test("integers: exact text, the extremes included")
    func integers() {
        #expect(SQLiteJSONArray.integers([Int64]()) == "[]")
        #expect(SQLiteJSONArray.integers([7]) == "[7]")
        #expect(SQLiteJSONArray.integers([1, -2, 0, .max, .min]) == "[1,-2,0,9223372036854775807,-9223372036854775808]")
    }

    @Test("strings: quotes, backslashes and control characters are escaped, the rest goes out as is")
    func escapes() {
        #expect(SQLiteJSONArray.strings([String]()) == "[]")
        #expect(SQLiteJSONArray.strings(["a", "b"]) == #"["a","b"]"#)
        #expect(SQLiteJSONArray.strings([#"say "hi""#, #"a\b"#]) == #"["say \"hi\"","a\\b"]"#)
        #expect(SQLiteJSONArray.strings(["1\n2\r3\t4"]) == #"["1\n2\r3\t4"]"#)
        #expect(SQLiteJSONArray.strings(["\u{0}\u{8}\u{C}\u{1F}"]) == #"["\u0000\u0008\u000c\u001f"]"#)
        #expect(SQLiteJSONArray.strings(["é🛒\u{7F}/"]) == "[\"é🛒\u{7F}/\"]")
    }

    @Test("hostile strings read back unchanged through Foundation's parser")
    func foundationRoundTrip() throws {
        let text = SQLiteJSONArray.strings(Self.hostile)
        let decoded = try JSONDecoder().decode([String].self, from: Data(text.utf8))
        #expect(decoded == Self.hostile)
    }

    @Test("hostile strings read back unchanged through SQLite's json_each, in order")
    func sqliteRoundTrip() throws {
        let db = try SQLiteConnection(path: ":memory:")
        let values = try db.query("SELECT value FROM json_each(?) ORDER BY key", [.text(SQLiteJSONArray.strings(Self.hostile))]) {
            $0.text(0)
        }
        // SQLite's text columns end at a NUL byte; every other string comes back whole.
        #expect(values == Self.hostile.map { $0.replacingOccurrences(of: "\u{0}byte", with: "") })
        let numbers: [Int64] = [3, -1, .max, .min, 0]
        #expect(try db.query("SELECT value FROM json_each(?) ORDER BY key", [.text(SQLiteJSONArray.integers(numbers))]) { $0.int(0) } == numbers)
    }

    @Test("a handle with quotes and a backslash is found by products(handles:)")
    func hostileHandles() async throws {
        let catalog = try SQLiteCatalogBackend(path: temporaryDatabasePath())
        let handles = [#"a "quoted" handle"#, #"back\slash"#, "new\nline", "ünï"]
        let written = try await catalog.upsertProducts(handles.map { handle in
            ProductDraft(handle: handle, title: handle, description: "", descriptionHtml: "", vendor: "V", productType: "T",
                         tags: [#"tag "x""#, #"t\y"#], options: [], images: [], variants: [], seo: SEO())
        })
        #expect(written.map(\.handle) == handles)
        let found = try await catalog.products(handles: handles + ["missing"])
        #expect(found.keys.sorted() == handles.sorted())
        #expect(found[handles[0]]?.tags == [#"tag "x""#, #"t\y"#])
    }
}
