import Commerce
import Foundation

extension UpstreamService {
    /// Decodes the call's body, asks the backend and encodes its answer.
    func call(_ route: UpstreamRoute, body: Data) async throws -> Data {
        let decoder = JSONDecoder(), encoder = JSONEncoder()
        func read<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type, from: body) }
        func ids() throws -> [Int64] { try Self.bounded(try read(WireBodies.IDs.self).ids) }
        func handles() throws -> [String] { try Self.bounded(try read(WireBodies.Handles.self).handles) }
        func idsInContext() throws -> ([Int64], CatalogContext) {
            let body = try read(WireBodies.IDs.self)
            return (try Self.bounded(body.ids), try WireContext.model(body.context))
        }
        func handlesInContext() throws -> ([String], CatalogContext) {
            let body = try read(WireBodies.Handles.self)
            return (try Self.bounded(body.handles), try WireContext.model(body.context))
        }
        switch route {
        case .productsByIDs:
            let (keys, context) = try idsInContext()
            return try encoder.encode(WireBodies.Products(products: try await catalog.products(ids: keys, in: context).values.map(WireProduct.init)))
        case .productsByHandles:
            let (keys, context) = try handlesInContext()
            return try encoder.encode(WireBodies.Products(products: try await catalog.products(handles: keys, in: context).values.map(WireProduct.init)))
        case .variantsByIDs:
            let (keys, context) = try idsInContext()
            return try encoder.encode(WireBodies.Variants(variants: try await catalog.variants(ids: keys, in: context).values.map(WireVariant.init)))
        case .collectionsByIDs:
            let (keys, context) = try idsInContext()
            return try encoder.encode(WireBodies.Collections(collections: try await catalog.collections(ids: keys, in: context).values.map(WireCollection.init)))
        case .collectionsByHandles:
            let (keys, context) = try handlesInContext()
            return try encoder.encode(WireBodies.Collections(collections: try await catalog.collections(handles: keys, in: context).values.map(WireCollection.init)))
        case .searchProducts:
            let body = try read(WireProductSearch.self)
            let page = try await catalog.searchProducts(try body.model(), in: try WireContext.model(body.context))
            return try encoder.encode(WireSearchPage(page, WireProduct.init))
        case .countProducts:
            let body = try read(WireBodies.CountProducts.self)
            return try encoder.encode(WireBodies.Count(count: try await catalog.countProducts(body.filter.model, in: try WireContext.model(body.context))))
        case .searchCollections:
            let body = try read(WireCollectionSearch.self)
            let page = try await catalog.searchCollections(try body.model(), in: try WireContext.model(body.context))
            return try encoder.encode(WireSearchPage(page, WireCollection.init))
        case .countCollections:
            let body = try read(WireBodies.CountCollections.self)
            return try encoder.encode(WireBodies.Count(count: try await catalog.countCollections(terms: body.terms, in: try WireContext.model(body.context))))
        case .channels:
            return try encoder.encode(WireBodies.Channels(channels: try await catalog.channels()))
        case .titleLocales:
            return try encoder.encode(WireBodies.Locales(locales: try await content.titleLocales().sorted()))
        case .pagesByIDs:
            return try encoder.encode(WireBodies.Pages(pages: try await content.pages(ids: ids()).values.map(WirePage.init)))
        case .pagesByHandles:
            return try encoder.encode(WireBodies.Pages(pages: try await content.pages(handles: handles()).values.map(WirePage.init)))
        case .listPages:
            let list = try read(WireBodies.ListPages.self)
            let page = try await content.listPages(window: try list.window.model(), includeDrafts: list.includeDrafts)
            return try encoder.encode(WireSearchPage(page, WirePage.init))
        case .countPages:
            return try encoder.encode(WireBodies.Count(count: try await content.countPages(includeDrafts: try read(WireBodies.CountPages.self).includeDrafts)))
        }
    }

    /// The keys of a batched read, refused past `UpstreamRoute.maxKeys`.
    static func bounded<Key>(_ keys: [Key]) throws -> [Key] {
        guard keys.count <= UpstreamRoute.maxKeys else { throw UpstreamContractError("at most \(UpstreamRoute.maxKeys) keys per call") }
        return keys
    }
}
