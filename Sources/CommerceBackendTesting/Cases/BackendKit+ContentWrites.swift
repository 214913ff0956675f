import Commerce
import Foundation

extension BackendKit {
    static func pageWrites(_ check: BackendKitCheck) async throws {
        let content = check.backends.content
        let base = content.defaultLocale
        let home = try await content.upsertPage(change(handle: "home", locale: base, title: "Home"))
        let shop = try await content.upsertPage(change(handle: "shop", locale: base, title: "Shop"))
        try check.expect(home.id != shop.id, "two pages get two ids")
        try await check.throwsError(ContentWriteError.pageNotFound(shop.id + 1000), "a change of a page id that names nothing") {
            try await content.upsertPage(change(id: shop.id + 1000, locale: base, title: "Ghost"))
        }
        try await check.throwsError(ContentWriteError.missingHandleOrTitle, "a new page without a title") {
            try await content.upsertPage(change(handle: "untitled", locale: base))
        }
        try await check.throwsError(ContentWriteError.missingHandleOrTitle, "a new page without a handle") {
            try await content.upsertPage(change(locale: base, title: "No handle"))
        }
        try await check.throwsError(ContentWriteError.handleTaken("home"), "a page renamed to another's handle") {
            try await content.upsertPage(change(id: shop.id, handle: "home", locale: "de", title: "Laden"))
        }
        try check.equal(try await content.pages(ids: [shop.id])[shop.id], shop, "a refused change changes nothing")
        let renamed = try await content.upsertPage(change(id: shop.id, handle: "store", locale: base, at: 5))
        try check.equal([renamed.handle, renamed.title.values[base]], ["store", "Shop"], "a renamed page keeps its texts")
        try check.equal(Set(try await content.pages(handles: ["shop", "store"]).keys), ["store"], "the old handle names nothing after a rename")

        let imported = Page(id: 0, handle: "imported", title: [base: "Imported", "de": "Importiert"], seoTitle: [base: "Imp"],
                            status: .PUBLISHED, publishedAt: contentTime(50), updatedAt: contentTime(60), modules: [
                                ContentModule(id: 0, body: .richText(html: [base: "<p>One</p>"])),
                                ContentModule(id: 0, body: .banner(text: [base: "Two"], link: nil, tone: .PROMOTION)),
                            ])
        let written = try await content.importPages([imported])
        let stored = try check.require(written.first, "the imported page")
        try check.expect(![home.id, shop.id].contains(stored.id), "an imported page gets a new id, got \(stored.id)")
        try check.equal([stored.handle], ["imported"], "the imported page's handle")
        try check.equal(stored.title, imported.title, "the imported page's titles")
        try check.equal(stored.seoTitle, imported.seoTitle, "the imported page's SEO titles")
        try check.equal(stored.status, .PUBLISHED, "the imported page's status")
        try check.equal(stored.publishedAt?.milliseconds, contentTime(50).milliseconds, "the imported page's publishedAt")
        try check.equal(stored.updatedAt.milliseconds, contentTime(60).milliseconds, "the imported page's updatedAt")
        try check.equal(stored.modules.map(\.body), imported.modules.map(\.body), "the imported page's modules in order")
        try check.expect(Set(stored.modules.map(\.id)).count == 2 && !stored.modules.contains { $0.id == 0 },
                         "imported modules get their own ids, got \(stored.modules.map(\.id))")
        try check.equal(try await content.pages(ids: [stored.id])[stored.id], stored, "the imported page read back")
        var other = imported
        other.handle = "also-imported"
        var clash = imported
        clash.handle = "home"
        try await check.throwsError(ContentWriteError.handleTaken("home"), "importing a page whose handle is taken") {
            try await content.importPages([other, clash])
        }
        try check.equal(try await content.pages(handles: ["also-imported"]).count, 0, "nothing of a refused import is written")
        try check.equal(try await content.countPages(includeDrafts: true), 3, "pages after a refused import")
    }

    static func moduleUpserts(_ check: BackendKitCheck) async throws {
        let content = check.backends.content
        let base = content.defaultLocale
        let page = try await content.upsertPage(change(handle: "spring", locale: base, title: "Spring"))
        let other = try await content.upsertPage(change(handle: "autumn", locale: base, title: "Autumn"))
        func upsert(_ moduleID: Int64?, position: Int?, at seconds: Double, on pageID: Int64? = nil,
                    _ update: @escaping @Sendable (ContentModule.Body?) -> ContentModule.Body) async throws -> (page: Page, moduleID: Int64) {
            try await content.upsertModule(pageID: pageID ?? page.id, moduleID: moduleID, position: position, update: update, at: contentTime(seconds))
        }
        let text = try await upsert(nil, position: nil, at: 1) { old in
            .richText(html: old == nil ? [base: "<p>new</p>"] : [base: "<p>not new</p>"])
        }
        try check.equal(text.page.modules.map(\.id), [text.moduleID], "the first module")
        try check.equal(text.page.modules.first?.body, .richText(html: [base: "<p>new</p>"]), "a new module's update gets no current body")
        let hero = try await upsert(nil, position: 0, at: 2) { _ in
            .hero(heading: [base: "Hello"], subheading: nil, image: nil, callToAction: nil)
        }
        try check.equal(hero.page.modules.map(\.id), [hero.moduleID, text.moduleID], "a module added at position 0 comes first")
        let banner = try await upsert(nil, position: 99, at: 3) { _ in .banner(text: [base: "Sale"], link: nil, tone: .INFO) }
        try check.equal(banner.page.modules.map(\.id), [hero.moduleID, text.moduleID, banner.moduleID], "a position past the end appends")
        try check.equal(Set([text.moduleID, hero.moduleID, banner.moduleID]).count, 3, "modules get distinct ids")
        let elsewhere = try await upsert(nil, position: nil, at: 4, on: other.id) { _ in .richText(html: [base: "<p>autumn</p>"]) }
        try check.expect(![text.moduleID, hero.moduleID, banner.moduleID].contains(elsewhere.moduleID),
                         "a module of another page gets an id of its own, got \(elsewhere.moduleID)")

        let translated = try await upsert(text.moduleID, position: nil, at: 5) { old in
            guard case .richText(var html)? = old else { return .richText(html: ["xx": "the update did not get the current body"]) }
            html.set("<p>neu</p>", locale: "de")
            return .richText(html: html)
        }
        try check.equal(translated.moduleID, text.moduleID, "a changed module keeps its id")
        try check.equal(translated.page.modules.map(\.id), [hero.moduleID, text.moduleID, banner.moduleID], "a change without a position keeps the place")
        try check.equal(translated.page.modules[1].body, .richText(html: [base: "<p>new</p>", "de": "<p>neu</p>"]),
                        "a change is made from the module's current body")
        let moved = try await upsert(banner.moduleID, position: 0, at: 6) { old in old ?? .richText(html: [:]) }
        try check.equal(moved.page.modules.map(\.id), [banner.moduleID, hero.moduleID, text.moduleID], "a change with a position moves the module")
        try check.equal(moved.page.updatedAt.milliseconds, contentTime(6).milliseconds, "a module change sets the page's updatedAt")
        try check.equal(try await content.pages(ids: [page.id])[page.id], moved.page, "the page read back after module changes")
        try check.equal(try await content.pages(ids: [other.id])[other.id]?.modules.map(\.id), [elsewhere.moduleID], "the other page's modules")

        try await check.throwsError(ContentWriteError.moduleNotFound(elsewhere.moduleID), "changing another page's module") {
            try await upsert(elsewhere.moduleID, position: nil, at: 7) { _ in .richText(html: [:]) }
        }
        try await check.throwsError(ContentWriteError.pageNotFound(other.id + 1000), "a module of a page that does not exist") {
            try await upsert(nil, position: nil, at: 7, on: other.id + 1000) { _ in .richText(html: [:]) }
        }
        try check.equal(try await content.pages(ids: [page.id])[page.id], moved.page, "refused module changes change nothing")
    }
}
