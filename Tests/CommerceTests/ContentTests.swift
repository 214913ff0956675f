import Testing
@testable import Commerce

@Suite("Content pages: locales, drafts and editor writes against both backends")
struct ContentTests {
    @Test("the home page in both locales uses every module type", arguments: BackendKind.allCases)
    func home(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 120)
        let store = fixture.storefront()
        let english = try #require(try await store.page(handle: "home", locale: nil))
        #expect(english.locale == "en" && english.title == "Concord: clothing and home goods")
        let german = try #require(try await store.page(handle: "home", locale: "de"))
        #expect(german.locale == "de" && german.title == "Concord: Kleidung und Wohnen")
        #expect(german.seo.title == "Concord Shop")
        let austrian = try #require(try await store.page(handle: "home", locale: "de-AT"))
        #expect(austrian.locale == "de", "a regional locale falls back to its language")
        let french = try #require(try await store.page(handle: "home", locale: "fr"))
        #expect(french.locale == "en", "an unknown locale falls back to the default")
        let types = Set(english.modules.map(\.typeName))
        #expect(types == ["Hero", "RichText", "ProductCarousel", "CollectionGrid", "Banner", "Promo"])
        let carousel = try #require(german.modules.first { $0.typeName == "ProductCarousel" })
        guard case .productCarousel(let heading, _) = carousel.module.body else { Issue.record("not a carousel"); return }
        #expect(carousel.text(heading) == "Neuheiten")
        #expect(try await store.carouselProducts(carousel, first: 12).count == 12)
        #expect(try await store.carouselProducts(carousel, first: 4).count == 4)
        await #expect(throws: CommerceError.badRequest("first must be between 0 and 250, but it is 251.")) {
            try await store.carouselProducts(carousel, first: 251)
        }
        let shipping = try #require(try await store.page(handle: "shipping", locale: "de"))
        #expect(shipping.locale == "en" && shipping.title == "Shipping and returns", "a page only in English falls back")
        #expect(try await store.localization() == Localization(defaultLocale: "en", availableLocales: ["de", "en"]))
    }

    @Test("drafts are hidden without the preview scope", arguments: BackendKind.allCases)
    func drafts(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 60)
        #expect(try await fixture.storefront().page(handle: "winter-preview", locale: nil) == nil)
        #expect(try await fixture.storefront(scopes: [.contentRead, .contentPreview]).page(handle: "winter-preview", locale: nil)?.page.status == .DRAFT)
        let shopper = try await fixture.storefront().pages(PageArguments(first: 10), locale: "de")
        #expect(shopper.nodes.map(\.page.handle) == ["gift-guide", "home", "shipping", "summer-sale"])
        #expect(try await shopper.totalCount() == 4)
        let editor = try await fixture.storefront(scopes: [.contentRead, .contentWrite]).pages(PageArguments(first: 2), locale: nil)
        #expect(editor.nodes.map(\.page.handle) == ["gift-guide", "home"])
        let rest = try await fixture.storefront(scopes: [.contentRead, .contentWrite]).pages(PageArguments(first: 5, after: editor.pageInfo.endCursor), locale: nil)
        #expect(rest.nodes.map(\.page.handle) == ["shipping", "summer-sale", "winter-preview"])
        let draftID = GlobalID(type: "Page", id: try #require(rest.nodes.last?.page.id)).encoded
        #expect(try await fixture.storefront().node(id: draftID) == nil)
    }

    @Test("editors create a page, add modules per locale and publish it", arguments: BackendKind.allCases)
    func editing(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 30)
        let editor = fixture.admin()
        let created = try await editor.pageUpsert(PageInput(handle: "spring", locale: "en", title: "Spring"))
        #expect(created.userErrors.isEmpty)
        let page = try #require(created.page)
        #expect(page.page.status == .DRAFT)
        let pageID = GlobalID(type: "Page", id: page.page.id).encoded
        _ = try await editor.pageUpsert(PageInput(id: pageID, locale: "de", title: "Frühling"))

        let product = try #require(try await editor.products(PageArguments(first: 1), query: nil, sortKey: .ID, reverse: false).nodes.first)
        let productID = GlobalID(type: "Product", id: product.id).encoded
        let hero = try await editor.contentModuleUpsert(pageId: pageID, input: ContentModuleInput(
            locale: "en", kinds: [.hero(heading: "Hello spring", subheading: nil, image: nil, callToAction: LinkInput(label: "Shop", url: "/collections/summer"))]))
        #expect(hero.userErrors.isEmpty)
        let heroModule = try #require(hero.module)
        let heroID = GlobalID(type: "Hero", id: heroModule.module.id).encoded
        let translated = try await editor.contentModuleUpsert(pageId: pageID, input: ContentModuleInput(
            id: heroID, locale: "de", kinds: [.hero(heading: "Hallo Frühling", subheading: nil, image: nil, callToAction: LinkInput(label: "Kaufen", url: "/collections/summer"))]))
        #expect(translated.userErrors.isEmpty)
        let carousel = try await editor.contentModuleUpsert(pageId: pageID, input: ContentModuleInput(
            position: 0, kinds: [.productCarousel(heading: "Picks", productIds: [productID])]))
        #expect(carousel.page?.modules.map(\.typeName) == ["ProductCarousel", "Hero"])

        #expect(try await fixture.storefront().page(handle: "spring", locale: nil) == nil)
        let published = try await editor.pagePublish(id: pageID, published: true)
        #expect(published.page?.page.status == .PUBLISHED && published.page?.page.publishedAt != nil)
        let german = try #require(try await fixture.storefront().page(handle: "spring", locale: "de"))
        #expect(german.title == "Frühling")
        let germanHero = try #require(german.modules.last)
        guard case .hero(let heading, _, _, let cta) = germanHero.module.body else { Issue.record("not a hero"); return }
        #expect(germanHero.text(heading) == "Hallo Frühling" && germanHero.text(cta?.label) == "Kaufen")
        let english = try #require(try await fixture.storefront().page(handle: "spring", locale: "en"))
        let englishHero = try #require(english.modules.last)
        guard case .hero(let englishHeading, _, _, _) = englishHero.module.body else { return }
        #expect(englishHero.text(englishHeading) == "Hello spring", "another locale's text is kept")
    }

    @Test("editor writes report user errors and need the scope", arguments: BackendKind.allCases)
    func writeErrors(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 10)
        let editor = fixture.admin()
        await #expect(throws: CommerceError.accessDenied("pageUpsert needs the content:write scope.")) {
            try await fixture.storefront().pageUpsert(PageInput(handle: "x", title: "X"))
        }
        func codes(_ payload: PagePayload) -> [String] {
            payload.userErrors.map { "\($0.code.rawValue) \($0.field?.joined(separator: ".") ?? "-")" }
        }
        #expect(codes(try await editor.pageUpsert(PageInput(handle: "Bad Handle", locale: "english", title: " "))) ==
                ["INVALID input.handle", "INVALID input.locale", "BLANK input.title"])
        #expect(codes(try await editor.pageUpsert(PageInput(handle: "fresh"))) == ["BLANK input"])
        let home = try #require(try await editor.page(handle: "home", locale: nil))
        let homeID = GlobalID(type: "Page", id: home.page.id).encoded
        let shipping = try #require(try await editor.page(handle: "shipping", locale: nil))
        #expect(codes(try await editor.pageUpsert(PageInput(id: GlobalID(type: "Page", id: shipping.page.id).encoded, handle: "home"))) == ["TAKEN input.handle"])
        #expect(codes(try await editor.pagePublish(id: GlobalID(type: "Page", id: 999).encoded, published: true)) == ["NOT_FOUND id"])
        #expect(codes(try await editor.pageUpsert(PageInput(id: GlobalID(type: "Page", id: 999).encoded, locale: "en", title: "X"))) == ["NOT_FOUND input.id"])
        #expect(codes(try await editor.contentModuleUpsert(pageId: GlobalID(type: "Page", id: 999).encoded, input: ContentModuleInput(kinds: [
            .richText(html: "<p>x</p>")]))) == ["NOT_FOUND pageId"])
        #expect(codes(try await editor.contentModuleUpsert(pageId: homeID, input: ContentModuleInput(kinds: []))) == ["INVALID input"])
        #expect(codes(try await editor.contentModuleUpsert(pageId: homeID, input: ContentModuleInput(kinds: [
            .productCarousel(heading: "X", productIds: [GlobalID(type: "Product", id: 424_242).encoded, "junk"])]))) ==
                ["NOT_FOUND input.productCarousel.productIds.0", "NOT_FOUND input.productCarousel.productIds.1"])
        #expect(codes(try await editor.contentModuleUpsert(pageId: homeID, input: ContentModuleInput(kinds: [
            .promo(heading: "P", body: "B", discountCode: "NOPE", image: nil, link: LinkInput(label: "x", url: "javascript:alert(1)"), endsAt: "tomorrow")]))) ==
                ["INVALID input.promo.link.url", "INVALID input.promo.endsAt", "DISCOUNT_CODE_NOT_FOUND input.promo.discountCode"])
        #expect(codes(try await editor.contentModuleUpsert(pageId: homeID, input: ContentModuleInput(
            id: GlobalID(type: "Hero", id: 99_999).encoded, kinds: [.richText(html: "<p>x</p>")]))) == ["NOT_FOUND input.id"])
        #expect(try await editor.page(handle: "home", locale: nil)?.page.modules.count == home.page.modules.count)
    }
}
