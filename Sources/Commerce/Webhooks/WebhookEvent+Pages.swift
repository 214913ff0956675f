import Foundation

extension WebhookEvent {
    /// `pages/publish` for a page just published (it was a draft): its id, handle, titles per locale
    /// and when it was published.
    public static func pagePublished(_ page: Page) -> WebhookEvent {
        let id = GlobalID(type: "Page", id: page.id).encoded
        let data: [String: Any] = [
            "id": id, "handle": page.handle, "title": page.title.values, "status": page.status.rawValue,
            "publishedAt": page.publishedAt.map(DateTimeFormat.format) ?? NSNull(), "updatedAt": DateTimeFormat.format(page.updatedAt),
        ]
        return WebhookEvent(aggregate: id, topic: .pagesPublish, data: json(data), createdAt: page.updatedAt)
    }
}
