import Commerce
import Foundation
import GraphQLCore

/// A link in one locale (`Link`).
struct LinkView {
    let label: String
    let url: String
}

extension ModuleView {
    func link(_ link: ContentModule.Link?) -> LinkView? {
        link.map { LinkView(label: text($0.label), url: $0.url) }
    }
}

extension CommerceSchema {
    static func bindContent(_ binder: CommerceBinder) throws {
        try binder.bindSource(PageView.self, "Page.id") { GlobalID(type: "Page", id: $0.page.id).encoded }
        try binder.bindSource(PageView.self, "Page.handle") { $0.page.handle }
        try binder.bindSource(PageView.self, "Page.title") { $0.title }
        try binder.bindSource(PageView.self, "Page.locale") { $0.locale }
        try binder.bindSource(PageView.self, "Page.status") { $0.page.status.rawValue }
        try binder.bindSource(PageView.self, "Page.publishedAt") { $0.page.publishedAt }
        try binder.bindSource(PageView.self, "Page.updatedAt") { $0.page.updatedAt }
        try binder.bindSource(PageView.self, "Page.seo") { $0.seo }
        try binder.bindSource(PageView.self, "Page.modules") { $0.modules }
        try binder.bindSource(Localization.self, "Localization.defaultLocale") { $0.defaultLocale }
        try binder.bindSource(Localization.self, "Localization.availableLocales") { $0.availableLocales }
        try binder.bindSource(LinkView.self, "Link.label") { $0.label }
        try binder.bindSource(LinkView.self, "Link.url") { $0.url }

        for kind in ContentModule.Kind.allCases {
            try binder.bindSource(ModuleView.self, kind.field("id")) { GlobalID(type: $0.typeName, id: $0.module.id).encoded }
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.hero.field("heading")) { module -> String? in
            guard case .hero(let heading, _, _, _) = module.module.body else { return nil }
            return module.text(heading)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.hero.field("subheading")) { module -> String? in
            guard case .hero(_, let subheading, _, _) = module.module.body else { return nil }
            return module.text(subheading)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.hero.field("image")) { module -> Image? in
            guard case .hero(_, _, let image, _) = module.module.body else { return nil }
            return image
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.hero.field("callToAction")) { module -> LinkView? in
            guard case .hero(_, _, _, let link) = module.module.body else { return nil }
            return module.link(link)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.richText.field("html")) { module -> String? in
            guard case .richText(let html) = module.module.body else { return nil }
            return module.text(html)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.productCarousel.field("heading")) { module -> String? in
            guard case .productCarousel(let heading, _) = module.module.body else { return nil }
            return module.text(heading)
        }
        try binder.bindAwaiting(ModuleView.self, ContentModule.Kind.productCarousel.field("products")) { module, arguments, store in
            try await store.carouselProducts(module, first: arguments.int("first") ?? 12)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.collectionGrid.field("heading")) { module -> String? in
            guard case .collectionGrid(let heading, _) = module.module.body else { return nil }
            return module.text(heading)
        }
        try binder.bindAwaiting(ModuleView.self, ContentModule.Kind.collectionGrid.field("collections")) { module, _, store in
            try await store.gridCollections(module)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.banner.field("text")) { module -> String? in
            guard case .banner(let text, _, _) = module.module.body else { return nil }
            return module.text(text)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.banner.field("link")) { module -> LinkView? in
            guard case .banner(_, let link, _) = module.module.body else { return nil }
            return module.link(link)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.banner.field("tone")) { module -> String? in
            guard case .banner(_, _, let tone) = module.module.body else { return nil }
            return tone.rawValue
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.promo.field("heading")) { module -> String? in
            guard case .promo(let heading, _, _, _, _, _) = module.module.body else { return nil }
            return module.text(heading)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.promo.field("body")) { module -> String? in
            guard case .promo(_, let body, _, _, _, _) = module.module.body else { return nil }
            return module.text(body)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.promo.field("discountCode")) { module -> String? in
            guard case .promo(_, _, let code, _, _, _) = module.module.body else { return nil }
            return code
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.promo.field("image")) { module -> Image? in
            guard case .promo(_, _, _, let image, _, _) = module.module.body else { return nil }
            return image
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.promo.field("link")) { module -> LinkView? in
            guard case .promo(_, _, _, _, let link, _) = module.module.body else { return nil }
            return module.link(link)
        }
        try binder.bindSource(ModuleView.self, ContentModule.Kind.promo.field("endsAt")) { module -> Date? in
            guard case .promo(_, _, _, _, _, let endsAt) = module.module.body else { return nil }
            return endsAt.map { Date(timeIntervalSince1970: $0) }
        }
    }
}
