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
        try check.expect(!["de", "fr", "it"].contains(base), "the kit writes de, fr and it as other locales; give the content backend another default")
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
}
