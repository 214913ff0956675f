import Commerce

/// The kinds of token a shop hands out.
public enum TokenKind: String, Sendable, Hashable {
    /// A storefront's public token: catalog and content reads, and carts.
    case storefront
    /// A partner's token: catalog and content reads, catalog and stock writes (no carts); rate limited.
    case partner
    /// A content editor's token: catalog and content reads, content writes and drafts.
    case editor

    /// The scopes a kind gets when its configuration names none.
    public var defaultScopes: Set<Scope> {
        switch self {
        case .storefront: return Scope.storefrontDefaults
        case .partner: return [.catalogRead, .contentRead, .catalogWrite, .inventoryWrite, .webhooks]
        case .editor: return [.catalogRead, .contentRead, .contentPreview, .contentWrite]
        }
    }
}
