import Commerce
import GraphQLCore

extension StaleReport {
    /// Attributes stale copies to the field that returned them: a product, collection or page (or a
    /// list of them) served stale, by its id; then whatever else was served stale while the field
    /// resolved (a search, a count), to the field itself.
    func attribute(_ value: Any?, path: ResponsePath, since mark: Int) {
        let components = path.components
        func entity(_ item: Any) -> String? {
            switch item {
            case let product as Product: return "product:id:\(product.id)"
            case let collection as Collection: return "collection:id:\(collection.id)"
            case let page as Page: return "page:id:\(page.id)"
            default: return nil
            }
        }
        func claim(_ item: Any, at path: [PathComponent]) {
            guard let key = entity(item) else { return }
            if entry(for: key) != nil { attribute(key, path: path) }
            for alias in Self.handleKeys(item) where entry(for: alias) != nil { attribute(alias, path: path) }
        }
        if let list = value as? [Any] {
            for (index, item) in list.enumerated() { claim(item, at: components + [.index(index)]) }
        } else if let value {
            claim(value, at: components)
        }
        attribute(since: mark, path: components)
    }

    private static func handleKeys(_ item: Any) -> [String] {
        switch item {
        case let product as Product: return ["product:handle:\(product.handle)"]
        case let collection as Collection: return ["collection:handle:\(collection.handle)"]
        case let page as Page: return ["page:handle:\(page.handle)"]
        default: return []
        }
    }
}
