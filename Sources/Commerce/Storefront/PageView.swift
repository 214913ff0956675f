/// A page read in one locale: what `Page` resolves from.
public struct PageView: Sendable {
    /// The page, every locale.
    public var page: Page
    /// The locale asked for (texts fall back from it).
    public var requestedLocale: String
    /// The store's default locale.
    public var defaultLocale: String

    /// Creates a view.
    public init(page: Page, requestedLocale: String, defaultLocale: String) {
        self.page = page
        self.requestedLocale = requestedLocale
        self.defaultLocale = defaultLocale
    }

    /// The locale the texts are in: the one asked for (or its language) when the page has a title in it,
    /// else the default.
    public var locale: String {
        if page.title.values[requestedLocale] != nil { return requestedLocale }
        if let dash = requestedLocale.firstIndex(of: "-"), page.title.values[String(requestedLocale[..<dash])] != nil {
            return String(requestedLocale[..<dash])
        }
        return defaultLocale
    }

    /// A text in the view's locale, with fallback.
    public func text(_ value: LocalizedText) -> String? {
        value.resolve(locale, defaultLocale: defaultLocale)
    }

    /// The title.
    public var title: String { text(page.title) ?? page.handle }

    /// The search engine metadata.
    public var seo: SEO { SEO(title: text(page.seoTitle), description: text(page.seoDescription)) }

    /// The modules in the same locale.
    public var modules: [ModuleView] { page.modules.map { ModuleView(module: $0, page: self) } }
}

/// A module read in one locale: what the `ContentModule` types resolve from.
public struct ModuleView: Sendable {
    /// The module.
    public var module: ContentModule
    /// The page view it belongs to (for the locale).
    public var page: PageView

    /// A text in the page's locale ("" when missing in every locale).
    public func text(_ value: LocalizedText) -> String { page.text(value) ?? "" }

    /// An optional text in the page's locale.
    public func text(_ value: LocalizedText?) -> String? { value.flatMap { page.text($0) } }

    /// The GraphQL type name.
    public var typeName: String { module.body.typeName }
}
