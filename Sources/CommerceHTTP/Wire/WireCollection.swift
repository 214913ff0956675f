import Commerce
import Foundation

/// A collection as the upstream contract writes it (`collection.schema.json`).
struct WireCollection: Codable, Sendable {
    var id: Int64
    var handle: String
    var title: String
    var description: String
    var descriptionHtml: String
    var image: Image?
    var seo: SEO
    var updatedAt: Int64

    init(_ collection: Collection) {
        (id, handle, title, description) = (collection.id, collection.handle, collection.title, collection.description)
        (descriptionHtml, image, seo, updatedAt) = (collection.descriptionHtml, collection.image, collection.seo,
                                                    collection.updatedAt.milliseconds)
    }

    var model: Collection {
        Collection(id: id, handle: handle, title: title, description: description, descriptionHtml: descriptionHtml,
                   image: image, seo: seo, updatedAt: Date(milliseconds: updatedAt))
    }
}
