import Foundation
import Testing
@testable import Commerce

/// The content rules as plain functions on values, without any backend.
@Suite("ContentRules: page and module upserts, publication and imports")
struct ContentRulesTests {
    static let created = Date(milliseconds: 1_700_000_000_000)
    static let now = Date(milliseconds: 1_800_000_000_000)

    static func page(_ id: Int64, _ handle: String, modules: [Int64] = []) -> Page {
        Page(id: id, handle: handle, title: ["en": "About", "de": "Über"], status: .DRAFT, publishedAt: nil, updatedAt: created,
             modules: modules.map { ContentModule(id: $0, body: .richText(html: ["en": "<p>\($0)</p>"])) })
    }

    static func change(id: Int64? = nil, handle: String? = nil, locale: String = "en", title: String? = nil,
                       seoTitle: String? = nil) -> PageChange {
        PageChange(id: id, handle: handle, locale: locale, title: title, seoTitle: seoTitle, seoDescription: nil, time: now)
    }

    /// An id source that hands out `ids` in order and counts its calls.
    final class IDs {
        private var next: Int64
        private(set) var calls = 0
        init(from first: Int64) { next = first }
        func take() -> Int64 { calls += 1; defer { next += 1 }; return next }
    }

    @Test("a change names its page by id (which must exist), else by handle, else a new page")
    func target() throws {
        let about = Self.page(1, "about")
        #expect(try ContentRules.target(of: Self.change(id: 1), stored: about, holder: nil) == about)
        #expect(throws: ContentWriteError.pageNotFound(2)) { try ContentRules.target(of: Self.change(id: 2), stored: nil, holder: nil) }
        #expect(try ContentRules.target(of: Self.change(handle: "about"), stored: nil, holder: about) == about)
        #expect(try ContentRules.target(of: Self.change(handle: "new"), stored: nil, holder: nil) == nil)
    }

    @Test("a new page is a draft with its title in the change's locale; it needs a handle and a title")
    func newPage() throws {
        let ids = IDs(from: 7)
        let page = try ContentRules.page(applying: Self.change(handle: "faq", locale: "de", title: "Fragen", seoTitle: "FAQ"),
                                         to: nil, holder: nil, newID: ids.take)
        #expect(page.id == 7 && page.handle == "faq" && page.status == .DRAFT && page.publishedAt == nil)
        #expect(page.title == ["de": "Fragen"] && page.seoTitle == ["de": "FAQ"] && page.modules.isEmpty)
        #expect(page.updatedAt == Self.now)
        #expect(throws: ContentWriteError.missingHandleOrTitle) {
            try ContentRules.page(applying: Self.change(handle: "faq"), to: nil, holder: nil, newID: ids.take)
        }
        #expect(throws: ContentWriteError.missingHandleOrTitle) {
            try ContentRules.page(applying: Self.change(title: "FAQ"), to: nil, holder: nil, newID: ids.take)
        }
        #expect(ids.calls == 1, "no id is taken for a refused page")
    }

    @Test("a change sets texts in one locale and keeps the others; a new handle must be free")
    func changePage() throws {
        let about = Self.page(1, "about")
        let ids = IDs(from: 9)
        let changed = try ContentRules.page(applying: Self.change(id: 1, handle: "about-us", locale: "de", title: "Über uns"),
                                            to: about, holder: nil, newID: ids.take)
        #expect(changed.id == 1 && changed.handle == "about-us")
        #expect(changed.title == ["en": "About", "de": "Über uns"])
        #expect(changed.updatedAt == Self.now && ids.calls == 0)
        #expect(throws: ContentWriteError.handleTaken("faq")) {
            try ContentRules.page(applying: Self.change(id: 1, handle: "faq"), to: about, holder: 2, newID: ids.take)
        }
        let same = try ContentRules.page(applying: Self.change(id: 1, handle: "about"), to: about, holder: 1, newID: ids.take)
        #expect(same.handle == "about")
    }

    @Test("publishing stamps the publication time; a draft keeps the last one")
    func publication() {
        let published = ContentRules.page(Self.page(1, "about"), status: .PUBLISHED, at: Self.now)
        #expect(published.status == .PUBLISHED && published.publishedAt == Self.now && published.updatedAt == Self.now)
        let later = Date(milliseconds: 1_900_000_000_000)
        let draft = ContentRules.page(published, status: .DRAFT, at: later)
        #expect(draft.status == .DRAFT && draft.publishedAt == Self.now && draft.updatedAt == later)
    }

    @Test("a module is created at a position (clamped) or last, moved, or changed in place; an unknown one is refused")
    func modules() throws {
        let page = Self.page(1, "about", modules: [10, 11, 12])
        let ids = IDs(from: 20)
        let banner: (ContentModule.Body?) -> ContentModule.Body = { old in
            #expect(old == nil)
            return .banner(text: ["en": "Hi"], link: nil, tone: .INFO)
        }
        let last = try ContentRules.page(page, upsertingModule: nil, position: nil, update: banner, at: Self.now, newID: ids.take)
        #expect(last.moduleID == 20 && last.page.modules.map(\.id) == [10, 11, 12, 20])
        #expect(last.page.updatedAt == Self.now)
        let first = try ContentRules.page(page, upsertingModule: nil, position: -3, update: banner, at: Self.now, newID: ids.take)
        #expect(first.page.modules.map(\.id) == [21, 10, 11, 12])
        let clamped = try ContentRules.page(page, upsertingModule: nil, position: 99, update: banner, at: Self.now, newID: ids.take)
        #expect(clamped.page.modules.map(\.id) == [10, 11, 12, 22])

        let moved = try ContentRules.page(page, upsertingModule: 10, position: 1, update: { old in
            guard case .richText(let html) = old else { return .richText(html: [:]) }
            var text = html
            text.set("<p>changed</p>", locale: "de")
            return .richText(html: text)
        }, at: Self.now, newID: ids.take)
        #expect(moved.moduleID == 10 && moved.page.modules.map(\.id) == [11, 10, 12])
        #expect(moved.page.modules[1].body == .richText(html: ["en": "<p>10</p>", "de": "<p>changed</p>"]))
        let kept = try ContentRules.page(page, upsertingModule: 11, position: nil, update: { $0! }, at: Self.now, newID: ids.take)
        #expect(kept.page.modules.map(\.id) == [10, 11, 12])
        #expect(ids.calls == 3)
        #expect(throws: ContentWriteError.moduleNotFound(99)) {
            try ContentRules.page(page, upsertingModule: 99, position: nil, update: { $0! }, at: Self.now, newID: ids.take)
        }
    }

    @Test("an import gives pages and modules new ids; a handle stored or given twice refuses the batch")
    func imports() throws {
        let pageIDs = IDs(from: 5), moduleIDs = IDs(from: 50)
        let pages = [Self.page(0, "home", modules: [0, 0]), Self.page(0, "faq", modules: [0])]
        let imported = try ContentRules.imported(pages, taken: ["about"], newPageID: pageIDs.take, newModuleID: moduleIDs.take)
        #expect(imported.map(\.id) == [5, 6])
        #expect(imported.map { $0.modules.map(\.id) } == [[50, 51], [52]])
        #expect(imported.map(\.handle) == ["home", "faq"] && imported[0].title == pages[0].title)
        #expect(throws: ContentWriteError.handleTaken("about")) {
            try ContentRules.imported([Self.page(0, "about")], taken: ["about"], newPageID: pageIDs.take, newModuleID: moduleIDs.take)
        }
        #expect(throws: ContentWriteError.handleTaken("x")) {
            try ContentRules.imported([Self.page(0, "x"), Self.page(0, "x")], taken: [], newPageID: pageIDs.take, newModuleID: moduleIDs.take)
        }
        #expect(pageIDs.calls == 2, "a refused import takes no ids")
    }
}
