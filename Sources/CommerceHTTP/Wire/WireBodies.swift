import Commerce

/// The request and answer bodies of the upstream contract besides the entities and searches.
enum WireBodies {
    /// `{"ids": [1, 2], "context": {...}?}` (catalog reads carry the context; content ignores it).
    struct IDs: Codable, Sendable { var ids: [Int64]; var context: WireContext? = nil }
    /// `{"handles": ["a", "b"], "context": {...}?}`.
    struct Handles: Codable, Sendable { var handles: [String]; var context: WireContext? = nil }
    /// `{"filter": {...}, "context": {...}?}`.
    struct CountProducts: Codable, Sendable { var filter: WireFilter; var context: WireContext? = nil }
    /// `{"terms": [...], "context": {...}?}`.
    struct CountCollections: Codable, Sendable { var terms: [String]; var context: WireContext? = nil }
    /// `{"channels": [channel…]}`, in the order they were first written.
    struct Channels: Codable, Sendable { var channels: [Channel] }
    /// `{"window": {...}, "includeDrafts": false}`.
    struct ListPages: Codable, Sendable { var window: WireWindow; var includeDrafts: Bool }
    /// `{"includeDrafts": false}`.
    struct CountPages: Codable, Sendable { var includeDrafts: Bool }
    /// `{"count": 3}`.
    struct Count: Codable, Sendable { var count: Int }
    /// `{"locales": ["de", "en"]}`.
    struct Locales: Codable, Sendable { var locales: [String] }
    /// `{"products": [...]}`: the ones found, in any order.
    struct Products: Codable, Sendable { var products: [WireProduct] }
    /// `{"variants": [...]}`.
    struct Variants: Codable, Sendable { var variants: [WireVariant] }
    /// `{"collections": [...]}`.
    struct Collections: Codable, Sendable { var collections: [WireCollection] }
    /// `{"pages": [...]}`.
    struct Pages: Codable, Sendable { var pages: [WirePage] }
    /// `{"error": {"code": "...", "message": "..."}}`: every 4xx and 5xx answer.
    struct Failure: Codable, Sendable {
        struct Detail: Codable, Sendable { var code: String; var message: String }
        var error: Detail
    }
}
