import Commerce
import GraphQLCore

extension CommerceSchema {
    static func bindQuery(_ binder: CommerceBinder) throws {
        try binder.bindRootAwaiting("QueryRoot.node") { arguments, store in
            try await store.node(id: arguments.string("id") ?? "")
        }
        try binder.bindRootAwaiting("QueryRoot.nodes") { arguments, store in
            try await store.nodes(ids: arguments.strings("ids") ?? [])
        }
        try binder.bindRootAwaiting("QueryRoot.product") { arguments, store in
            try await store.product(id: arguments.string("id"), handle: arguments.string("handle"))
        }
        try binder.bindRootAwaiting("QueryRoot.products") { arguments, store in
            try await store.products(arguments.pageArguments, query: arguments.string("query"),
                                     sortKey: arguments.string("sortKey").flatMap(ProductSortKey.init(rawValue:)) ?? .ID,
                                     reverse: arguments.bool("reverse") ?? false)
        }
        try binder.bindRootAwaiting("QueryRoot.collection") { arguments, store in
            try await store.collection(id: arguments.string("id"), handle: arguments.string("handle"))
        }
        try binder.bindRootAwaiting("QueryRoot.collections") { arguments, store in
            try await store.collections(arguments.pageArguments, query: arguments.string("query"),
                                        sortKey: arguments.string("sortKey").flatMap(CollectionSortKey.init(rawValue:)) ?? .ID,
                                        reverse: arguments.bool("reverse") ?? false)
        }
        try binder.bindRootAwaiting("QueryRoot.page") { arguments, store in
            try await store.page(handle: arguments.string("handle") ?? "", locale: arguments.string("locale"))
        }
        try binder.bindRootAwaiting("QueryRoot.pages") { arguments, store in
            try await store.pages(arguments.pageArguments, locale: arguments.string("locale"))
        }
        try binder.bindRootAwaiting("QueryRoot.localization") { _, store in try await store.localization() }
        try binder.bindRootAwaiting("QueryRoot.cart") { arguments, store in
            try await store.cart(id: arguments.string("id") ?? "")
        }
    }
}
