import Commerce
import GraphQLCore

extension CommerceSchema {
    static func bindQuery(_ schema: GraphQLSchema) throws {
        try schema.bindAsync("QueryRoot.node", Any.self) { _, arguments, store in
            try await store.node(id: arguments.string("id") ?? "").map(unwrap)
        }
        try schema.bindAsync("QueryRoot.nodes", Any.self) { _, arguments, store in
            try await store.nodes(ids: arguments.strings("ids") ?? []).map { $0.map(unwrap) as Any? }
        }
        try schema.bindAsync("QueryRoot.product", Any.self) { _, arguments, store in
            try await store.product(id: arguments.string("id"), handle: arguments.string("handle"))
        }
        try schema.bindAsync("QueryRoot.products", Any.self) { _, arguments, store in
            try await store.products(arguments.pageArguments, query: arguments.string("query"),
                                     sortKey: arguments.string("sortKey").flatMap(ProductSortKey.init(rawValue:)) ?? .ID,
                                     reverse: arguments.bool("reverse") ?? false)
        }
        try schema.bindAsync("QueryRoot.collection", Any.self) { _, arguments, store in
            try await store.collection(id: arguments.string("id"), handle: arguments.string("handle"))
        }
        try schema.bindAsync("QueryRoot.collections", Any.self) { _, arguments, store in
            try await store.collections(arguments.pageArguments, query: arguments.string("query"),
                                        sortKey: arguments.string("sortKey").flatMap(CollectionSortKey.init(rawValue:)) ?? .ID,
                                        reverse: arguments.bool("reverse") ?? false)
        }
        try schema.bindAsync("QueryRoot.page", Any.self) { _, arguments, store in
            try await store.page(handle: arguments.string("handle") ?? "", locale: arguments.string("locale"))
        }
        try schema.bindAsync("QueryRoot.pages", Any.self) { _, arguments, store in
            try await store.pages(arguments.pageArguments, locale: arguments.string("locale"))
        }
        try schema.bindAsync("QueryRoot.localization", Any.self) { _, _, store in try await store.localization() }
        try schema.bindAsync("QueryRoot.cart", Any.self) { _, arguments, store in
            try await store.cart(id: arguments.string("id") ?? "")
        }
    }

    /// The Swift value behind a node.
    static func unwrap(_ node: NodeValue) -> Any {
        switch node {
        case .product(let value): return value
        case .variant(let value): return value
        case .collection(let value): return value
        case .page(let value): return value
        case .module(let value): return value
        case .cart(let value): return value
        case .cartLine(let value): return value
        case .order(let value): return value
        }
    }
}
