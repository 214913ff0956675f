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
    static func bindContent(_ schema: GraphQLSchema) throws {
        try schema.bindSource("Page.id", PageView.self) { GlobalID(type: "Page", id: $0.page.id).encoded }
        try schema.bindSource("Page.handle", PageView.self) { $0.page.handle }
        try schema.bindSource("Page.title", PageView.self) { $0.title }
        try schema.bindSource("Page.locale", PageView.self) { $0.locale }
        try schema.bindSource("Page.status", PageView.self) { $0.page.status.rawValue }
        try schema.bindSource("Page.publishedAt", PageView.self) { $0.page.publishedAt }
        try schema.bindSource("Page.updatedAt", PageView.self) { $0.page.updatedAt }
        try schema.bindSource("Page.seo", PageView.self) { $0.seo }
        try schema.bindSource("Page.modules", PageView.self) { $0.modules }
        try schema.bindSource("Localization.defaultLocale", Localization.self) { $0.defaultLocale }
        try schema.bindSource("Localization.availableLocales", Localization.self) { $0.availableLocales }
        try schema.bindSource("Link.label", LinkView.self) { $0.label }
        try schema.bindSource("Link.url", LinkView.self) { $0.url }

        for kind in ContentModule.Kind.allCases {
            try schema.bindSource(kind.field("id"), ModuleView.self) { GlobalID(type: $0.typeName, id: $0.module.id).encoded }
        }
        try schema.bindSource(ContentModule.Kind.hero.field("heading"), ModuleView.self) { module in
            guard case .hero(let heading, _, _, _) = module.module.body else { return nil }
            return module.text(heading)
        }
        try schema.bindSource(ContentModule.Kind.hero.field("subheading"), ModuleView.self) { module in
            guard case .hero(_, let subheading, _, _) = module.module.body else { return nil }
            return module.text(subheading)
        }
        try schema.bindSource(ContentModule.Kind.hero.field("image"), ModuleView.self) { module in
            guard case .hero(_, _, let image, _) = module.module.body else { return nil }
            return image
        }
        try schema.bindSource(ContentModule.Kind.hero.field("callToAction"), ModuleView.self) { module in
            guard case .hero(_, _, _, let link) = module.module.body else { return nil }
            return module.link(link)
        }
        try schema.bindSource(ContentModule.Kind.richText.field("html"), ModuleView.self) { module in
            guard case .richText(let html) = module.module.body else { return nil }
            return module.text(html)
        }
        try schema.bindSource(ContentModule.Kind.productCarousel.field("heading"), ModuleView.self) { module in
            guard case .productCarousel(let heading, _) = module.module.body else { return nil }
            return module.text(heading)
        }
        try schema.bindAsync(ContentModule.Kind.productCarousel.field("products"), ModuleView.self) { module, arguments, store in
            try await store.carouselProducts(module, first: arguments.int("first") ?? 12)
        }
        try schema.bindSource(ContentModule.Kind.collectionGrid.field("heading"), ModuleView.self) { module in
            guard case .collectionGrid(let heading, _) = module.module.body else { return nil }
            return module.text(heading)
        }
        try schema.bindAsync(ContentModule.Kind.collectionGrid.field("collections"), ModuleView.self) { module, _, store in
            try await store.gridCollections(module)
        }
        try schema.bindSource(ContentModule.Kind.banner.field("text"), ModuleView.self) { module in
            guard case .banner(let text, _, _) = module.module.body else { return nil }
            return module.text(text)
        }
        try schema.bindSource(ContentModule.Kind.banner.field("link"), ModuleView.self) { module in
            guard case .banner(_, let link, _) = module.module.body else { return nil }
            return module.link(link)
        }
        try schema.bindSource(ContentModule.Kind.banner.field("tone"), ModuleView.self) { module in
            guard case .banner(_, _, let tone) = module.module.body else { return nil }
            return tone.rawValue
        }
        try schema.bindSource(ContentModule.Kind.promo.field("heading"), ModuleView.self) { module in
            guard case .promo(let heading, _, _, _, _, _) = module.module.body else { return nil }
            return module.text(heading)
        }
        try schema.bindSource(ContentModule.Kind.promo.field("body"), ModuleView.self) { module in
            guard case .promo(_, let body, _, _, _, _) = module.module.body else { return nil }
            return module.text(body)
        }
        try schema.bindSource(ContentModule.Kind.promo.field("discountCode"), ModuleView.self) { module in
            guard case .promo(_, _, let code, _, _, _) = module.module.body else { return nil }
            return code
        }
        try schema.bindSource(ContentModule.Kind.promo.field("image"), ModuleView.self) { module in
            guard case .promo(_, _, _, let image, _, _) = module.module.body else { return nil }
            return image
        }
        try schema.bindSource(ContentModule.Kind.promo.field("link"), ModuleView.self) { module in
            guard case .promo(_, _, _, _, let link, _) = module.module.body else { return nil }
            return module.link(link)
        }
        try schema.bindSource(ContentModule.Kind.promo.field("endsAt"), ModuleView.self) { module in
            guard case .promo(_, _, _, _, _, let endsAt) = module.module.body else { return nil }
            return endsAt.map { Date(timeIntervalSince1970: $0) }
        }
    }
}
