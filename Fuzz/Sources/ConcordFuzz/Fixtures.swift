import Glibc

/// The fixed schemas and roots in Fuzz/Fixtures (copies of the conformance worlds).
enum Fixtures {
    /// The worlds, `NAME.graphql` + `NAME.json` each.
    static let names = ["storefront", "cms", "orders", "inventory"]

    /// The Fixtures folder next to this package's sources.
    private static var directory: String {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Fixtures"
    }

    /// A fixture file's text.
    static func read(_ name: String) -> String {
        let path = directory + "/" + name
        guard let file = fopen(path, "rb") else { violation("cannot open \(path)") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
