/// A permission a token carries. The raw values are the strings resolvers check
/// (`catalog:write`, ...), as the commerce resolvers name them.
public enum TokenScope: String, Sendable, Hashable, CaseIterable {
    /// Read the catalog.
    case catalogRead = "catalog:read"
    /// `productUpsert`.
    case catalogWrite = "catalog:write"
    /// `inventoryAdjust`.
    case inventoryWrite = "inventory:write"
    /// Read published content.
    case contentRead = "content:read"
    /// Read drafts.
    case contentPreview = "content:preview"
    /// `pageUpsert`, `pagePublish`, `contentModuleUpsert`.
    case contentWrite = "content:write"
    /// Create and change carts.
    case carts = "carts"
}

/// The kinds of token a shop hands out.
public enum TokenKind: String, Sendable, Hashable {
    /// A storefront's public token: catalog and content reads, and carts.
    case storefront
    /// A partner's token: catalog writes, rate limited.
    case partner
    /// A content editor's token: content writes and drafts.
    case editor

    /// The scopes a kind gets when its configuration names none.
    public var defaultScopes: Set<TokenScope> {
        switch self {
        case .storefront: return [.catalogRead, .contentRead, .carts]
        case .partner: return [.catalogRead, .contentRead, .catalogWrite, .inventoryWrite]
        case .editor: return [.catalogRead, .contentRead, .contentPreview, .contentWrite]
        }
    }
}
