import Commerce
import Foundation

extension BackendKit {
    static let contentCases: [BackendKitCase] = [
        BackendKitCase(.content, "pages keep their texts in every locale; localization lists them; the storefront falls back") { try await pageLocales($0) },
        BackendKitCase(.content, "drafts are listed and counted only when included; publish and unpublish; windows by handle") { try await pageDrafts($0) },
        BackendKitCase(.content, "page writes: by id or handle, handle taken, missing handle or title, not found; imports all or none") { try await pageWrites($0) },
        BackendKitCase(.content, "modules: added at a position, changed from their current body, moved; unknown ones refused") { try await moduleUpserts($0) },
    ]

    /// A fixed clock for content writes (2024-06-01 00:00 UTC plus `seconds`).
    static func contentTime(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 1_717_200_000 + seconds) }

    static func change(id: Int64? = nil, handle: String? = nil, locale: String, title: String? = nil, seoTitle: String? = nil,
                       seoDescription: String? = nil, at seconds: Double = 0) -> PageChange {
        PageChange(id: id, handle: handle, locale: locale, title: title, seoTitle: seoTitle, seoDescription: seoDescription,
                   time: contentTime(seconds))
    }

    static func pageLocales(_ check: BackendKitCheck) async throws {
        let content = check.backends.content
        let base = content.defaultLocale
        let created = try await content.upsertPage(change(handle: "about", locale: base, title: "About us", seoTitle: "About",
                                                          seoDescription: "Who we are", at: 0))
        try check.equal(created.status, .DRAFT, "a new page is a draft")
        try check.equal(created.publishedAt, nil, "a new page was never published")
        try check.equal(created.title, LocalizedText([base: "About us"]), "a new page's title")
        try check.equal(created.updatedAt.milliseconds, contentTime(0).milliseconds, "a new page's updatedAt is the change's time")
        try check.equal(created.modules, [], "a new page has no modules")
        let german = try await content.upsertPage(change(id: created.id, locale: "de", title: "Über uns", at: 10))
        try check.equal(german.id, created.id, "a change by id keeps the page")
        try check.equal(german.title, LocalizedText([base: "About us", "de": "Über uns"]), "a title in a second locale keeps the first")
        try check.equal(german.seoTitle, LocalizedText([base: "About"]), "a change without an SEO title keeps it")
        try check.equal(german.updatedAt.milliseconds, contentTime(10).milliseconds, "updatedAt after a change")
        let french = try await content.upsertPage(change(handle: "about", locale: "fr", title: "À propos", seoDescription: "Qui nous sommes", at: 20))
        try check.equal(french.id, created.id, "a change by handle without id changes the page holding the handle")
        try check.equal(french.title, LocalizedText([base: "About us", "de": "Über uns", "fr": "À propos"]), "titles in three locales")
        try check.equal(french.seoDescription, LocalizedText([base: "Who we are", "fr": "Qui nous sommes"]), "SEO descriptions in two locales")
        _ = try await content.upsertPage(change(handle: "faq", locale: "it", title: "Domande", at: 30))
        try check.equal(try await content.localization(),
                        Localization(defaultLocale: base, availableLocales: Set([base, "de", "fr", "it"]).sorted()),
                        "localization: the default locale and every locale a page is written in, sorted")
        try check.equal(try await content.pages(ids: [created.id])[created.id], french, "the page by id")
        try check.equal(try await content.pages(handles: ["about"])["about"], french, "the page by handle")
        try check.equal(try await content.pages(ids: [created.id + 1000]).count, 0, "pages(ids:) of an id that names nothing")
        try check.equal(try await content.pages(handles: ["nope"]).count, 0, "pages(handles:) of a handle that names nothing")

        _ = try await content.setPageStatus(id: created.id, status: .PUBLISHED, at: contentTime(40))
        let storefront = check.storefront(scopes: [.contentRead])
        for (locale, resolved, title) in [("de", "de", "Über uns"), ("de-AT", "de", "Über uns"), ("es", base, "About us"),
                                          ("fr", "fr", "À propos")] {
            let view = try check.require(try await storefront.page(handle: "about", locale: locale), "page about in \(locale)")
            try check.equal([view.locale, view.title], [resolved, title], "page about asked for in \(locale)")
        }
        let view = try check.require(try await storefront.page(handle: "about", locale: "de"), "page about in de")
        try check.equal(view.seo, SEO(title: "About", description: "Who we are"), "SEO texts in de fall back to the default locale")
    }

    static func pageDrafts(_ check: BackendKitCheck) async throws {
        let content = check.backends.content
        let base = content.defaultLocale
        var ids: [String: Int64] = [:]
        for (offset, handle) in ["b-page", "a-page", "d-page", "c-page", "e-page"].enumerated() {
            ids[handle] = try await content.upsertPage(change(handle: handle, locale: base, title: handle.uppercased(), at: Double(offset))).id
        }
        for handle in ["a-page", "c-page", "e-page"] {
            let published = try check.require(try await content.setPageStatus(id: ids[handle]!, status: .PUBLISHED, at: contentTime(100)),
                                              "publishing \(handle)")
            try check.equal(published.status, .PUBLISHED, "\(handle) published")
            try check.equal(published.publishedAt?.milliseconds, contentTime(100).milliseconds, "\(handle)'s publishedAt")
            try check.equal(published.updatedAt.milliseconds, contentTime(100).milliseconds, "\(handle)'s updatedAt after publishing")
        }
        func listed(_ includeDrafts: Bool) async throws -> [String] {
            try await content.listPages(window: PageWindow(limit: 50), includeDrafts: includeDrafts).items.map(\.item.handle)
        }
        try check.equal(try await listed(false), ["a-page", "c-page", "e-page"], "published pages, by handle")
        try check.equal(try await listed(true), ["a-page", "b-page", "c-page", "d-page", "e-page"], "every page, drafts included, by handle")
        try check.equal(try await content.countPages(includeDrafts: false), 3, "published pages counted")
        try check.equal(try await content.countPages(includeDrafts: true), 5, "every page counted")
        try check.equal(try await content.pages(ids: [ids["b-page"]!])[ids["b-page"]!]?.status, .DRAFT, "a draft by id")

        let unpublished = try check.require(try await content.setPageStatus(id: ids["c-page"]!, status: .DRAFT, at: contentTime(200)), "unpublishing c-page")
        try check.equal(unpublished.status, .DRAFT, "an unpublished page is a draft")
        try check.equal(unpublished.publishedAt?.milliseconds, contentTime(100).milliseconds, "an unpublished page keeps when it was last published")
        try check.equal(try await listed(false), ["a-page", "e-page"], "published pages after unpublishing one")
        try check.equal(try await content.countPages(includeDrafts: false), 2, "published pages counted after unpublishing one")
        try check.equal(try await content.setPageStatus(id: ids.values.max()! + 1000, status: .PUBLISHED, at: contentTime(300)), nil,
                        "publishing a page that does not exist")

        let storefront = check.storefront(scopes: [.contentRead])
        try check.equal(try await storefront.page(handle: "b-page", locale: nil)?.page.id, nil, "a shopper does not see a draft")
        try check.equal(try await check.storefront(scopes: [.contentRead, .contentPreview]).page(handle: "b-page", locale: nil)?.page.id,
                        ids["b-page"], "a previewer sees a draft")
        let handles = { (pageIDs: [Int64]) in pageIDs.map { id in ids.first { $0.value == id }?.key ?? "#\(id)" } }
        for includeDrafts in [false, true] {
            let paging = KitPaging<Page>(
                check: check, list: "pages\(includeDrafts ? " with drafts" : "")", descending: false,
                fetch: { try await content.listPages(window: $0, includeDrafts: includeDrafts) }, id: \.id, names: handles)
            let expected = (includeDrafts ? ["a-page", "b-page", "c-page", "d-page", "e-page"] : ["a-page", "e-page"]).map { ids[$0]! }
            try await paging.verify(expected, pageSize: 2)
        }
    }

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
