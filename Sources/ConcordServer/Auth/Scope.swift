/// A permission a token carries.
public enum Scope: String, Sendable, Hashable, CaseIterable, Codable {
    /// Read the catalog.
    case catalogRead = "catalog:read"
    /// Write the catalog: `productUpsert`, `inventoryAdjust`.
    case catalogWrite = "catalog:write"
    /// Read published content.
    case contentRead = "content:read"
    /// Read drafts.
    case contentDrafts = "content:drafts"
    /// Write content.
    case contentWrite = "content:write"
    /// Create and change carts.
    case carts = "carts"
}

/// The kinds of token a shop hands out.
public enum TokenKind: String, Sendable, Hashable, Codable {
    /// A storefront's public token: catalog and content reads, and carts.
    case storefront
    /// A partner's token: catalog writes, rate limited.
    case partner
    /// A content editor's token: content writes and drafts.
    case editor

    /// The scopes a kind gets when its configuration names none.
    public var defaultScopes: Set<Scope> {
        switch self {
        case .storefront: return [.catalogRead, .contentRead, .carts]
        case .partner: return [.catalogRead, .catalogWrite, .contentRead]
        case .editor: return [.catalogRead, .contentRead, .contentDrafts, .contentWrite]
        }
    }
}
