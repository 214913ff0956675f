/// An object `node(id:)` found, by type.
public enum NodeValue: Sendable {
    case product(Product)
    case variant(ProductVariant)
    case collection(Collection)
    case page(PageView)
    case module(ModuleView)
    case cart(CartView)
    case cartLine(CartLineView)
    case order(Order)

    /// The GraphQL type name.
    public var typeName: String {
        switch self {
        case .product: return "Product"
        case .variant: return "ProductVariant"
        case .collection: return "Collection"
        case .page: return "Page"
        case .module(let module): return module.typeName
        case .cart: return "Cart"
        case .cartLine: return "CartLine"
        case .order: return "Order"
        }
    }
}

extension Storefront {
    /// `node(id:)`: nil for ids that are malformed or name nothing (or a draft the caller may not see).
    public func node(id: String) async throws(CommerceError) -> NodeValue? {
        guard let global = GlobalID(decoding: id) else { return nil }
        if let scope = Self.scope(readingNodesOf: global.type) { try require(scope, for: "node(id:) of a \(global.type)") }
        switch global.type {
        case "Product":
            guard let key = global.numericKey else { return nil }
            return try await backendCall { try await products.load(key) }.map(NodeValue.product)
        case "ProductVariant":
            guard let key = global.numericKey else { return nil }
            return try await backendCall { try await variants.load(key) }.map(NodeValue.variant)
        case "Collection":
            guard let key = global.numericKey else { return nil }
            return try await backendCall { try await collections.load(key) }.map(NodeValue.collection)
        case let type where type == "Page" || ContentModule.Body.typeNames.contains(type):
            guard let key = global.numericKey else { return nil }
            return try await contentNode(type: global.type, key: key)
        case "Cart":
            return try await cart(id: id).map(NodeValue.cart)
        case "CartLine":
            let parts = global.key.split(separator: ".")
            guard parts.count == 2 else { return nil }
            let cart = try await self.cart(id: GlobalID(type: "Cart", key: String(parts[0])).encoded)
            return cart?.lines.first { String($0.line.id) == parts[1] }.map(NodeValue.cartLine)
        case "Order":
            return try await backendCall { try await backends.carts.orders(ids: [global.key]) }[global.key].map(NodeValue.order)
        default:
            return nil
        }
    }

    /// `nodes(ids:)`: at most 250 ids, results in the same order.
    public func nodes(ids: [String]) async throws(CommerceError) -> [NodeValue?] {
        guard ids.count <= PageArguments.maximumPageSize else {
            throw .badRequest("nodes takes at most \(PageArguments.maximumPageSize) ids, but got \(ids.count).")
        }
        // Queue every catalog key first so they load in one batch per kind.
        var productKeys: [Int64] = [], variantKeys: [Int64] = [], collectionKeys: [Int64] = []
        for id in ids {
            guard let global = GlobalID(decoding: id), let key = global.numericKey else { continue }
            switch global.type {
            case "Product": productKeys.append(key)
            case "ProductVariant": variantKeys.append(key)
            case "Collection": collectionKeys.append(key)
            default: break
            }
        }
        await products.prefetch(productKeys)
        await variants.prefetch(variantKeys)
        await collections.prefetch(collectionKeys)
        var result: [NodeValue?] = []
        for id in ids { result.append(try await node(id: id)) }
        return result
    }

    /// The scope reading a node of `type` needs (the one its root field needs), or nil for a type no node has.
    static func scope(readingNodesOf type: String) -> Scope? {
        switch type {
        case "Product", "ProductVariant", "Collection": return .catalogRead
        case let type where type == "Page" || ContentModule.Body.typeNames.contains(type): return .contentRead
        case "Cart", "CartLine", "Order": return .carts
        default: return nil
        }
    }

    private func contentNode(type: String, key: Int64) async throws(CommerceError) -> NodeValue? {
        let content = backends.content
        if type == "Page" {
            guard let page = try await backendCall({ try await content.pages(ids: [key]) })[key],
                  page.status == .PUBLISHED || canPreviewContent else { return nil }
            return .page(try await view(page, locale: nil))
        }
        // A module id names only the module; find its page (modules are few, pages fewer).
        let all = try await pages(PageArguments(first: PageArguments.maximumPageSize), locale: nil)
        for page in all.nodes {
            if let module = page.modules.first(where: { $0.module.id == key && $0.typeName == type }) { return .module(module) }
        }
        return nil
    }
}
