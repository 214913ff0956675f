import Commerce
import Foundation

extension UpstreamService {
    /// Decodes the call's body, asks the backend and encodes its answer.
    func call(_ route: UpstreamRoute, body: Data) async throws -> Data {
        let decoder = JSONDecoder(), encoder = JSONEncoder()
        func read<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type, from: body) }
        func ids() throws -> [Int64] { try Self.bounded(try read(WireBodies.IDs.self).ids) }
        func handles() throws -> [String] { try Self.bounded(try read(WireBodies.Handles.self).handles) }
        switch route {
        case .productsByIDs:
            return try encoder.encode(WireBodies.Products(products: try await catalog.products(ids: ids()).values.map(WireProduct.init)))
        case .productsByHandles:
            return try encoder.encode(WireBodies.Products(products: try await catalog.products(handles: handles()).values.map(WireProduct.init)))
        case .variantsByIDs:
            return try encoder.encode(WireBodies.Variants(variants: try await catalog.variants(ids: ids()).values.map(WireVariant.init)))
        case .collectionsByIDs:
            return try encoder.encode(WireBodies.Collections(collections: try await catalog.collections(ids: ids()).values.map(WireCollection.init)))
        case .collectionsByHandles:
            return try encoder.encode(WireBodies.Collections(collections: try await catalog.collections(handles: handles()).values.map(WireCollection.init)))
        case .searchProducts:
            let page = try await catalog.searchProducts(try read(WireProductSearch.self).model())
            return try encoder.encode(WireSearchPage(page, WireProduct.init))
        case .countProducts:
            return try encoder.encode(WireBodies.Count(count: try await catalog.countProducts(try read(WireBodies.CountProducts.self).filter.model)))
        case .searchCollections:
            let page = try await catalog.searchCollections(try read(WireCollectionSearch.self).model())
            return try encoder.encode(WireSearchPage(page, WireCollection.init))
        case .countCollections:
            return try encoder.encode(WireBodies.Count(count: try await catalog.countCollections(terms: try read(WireBodies.CountCollections.self).terms)))
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
