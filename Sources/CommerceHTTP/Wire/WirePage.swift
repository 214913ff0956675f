import Commerce
import Foundation

/// A content page as the upstream contract writes it (`page.schema.json`): every locale's texts.
struct WirePage: Codable, Sendable {
    var id: Int64
    var handle: String
    var title: LocalizedText
    var seoTitle: LocalizedText
    var seoDescription: LocalizedText
    var status: PublicationStatus
    var publishedAt: Int64?
    var updatedAt: Int64
    var modules: [ContentModule]

    init(_ page: Page) {
        (id, handle, title, seoTitle, seoDescription) = (page.id, page.handle, page.title, page.seoTitle, page.seoDescription)
        (status, publishedAt, updatedAt, modules) = (page.status, page.publishedAt?.milliseconds, page.updatedAt.milliseconds,
                                                     page.modules)
    }

    var model: Page {
        Page(id: id, handle: handle, title: title, seoTitle: seoTitle, seoDescription: seoDescription, status: status,
             publishedAt: publishedAt.map(Date.init(milliseconds:)), updatedAt: Date(milliseconds: updatedAt), modules: modules)
    }
}
