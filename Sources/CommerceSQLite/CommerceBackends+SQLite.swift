import Commerce

extension CommerceBackends {
    /// SQLite backends over one database file.
    public static func sqlite(path: String, defaultLocale: String = "en") throws -> CommerceBackends {
        CommerceBackends(catalog: try SQLiteCatalogBackend(path: path),
                         content: try SQLiteContentBackend(path: path, defaultLocale: defaultLocale),
                         carts: try SQLiteCartBackend(path: path))
    }
}
