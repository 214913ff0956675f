import Foundation

/// Where pages and their modules are stored. Batch-first reads; atomic writes. A backend only loads
/// and saves: page and module upserts, publication and imports (`ContentBackend+Writes.swift`) are
/// the domain's rules (`ContentRules`) run over `writeContent`'s transaction.
public protocol ContentBackend: Sendable {
    /// The locale texts fall back to: a setting, known without reading any content.
    var defaultLocale: String { get }
    /// Every locale a page's title is written in (drafts included), in any order.
    func titleLocales() async throws -> Set<String>
    /// Pages by id, drafts included (the storefront hides drafts from shoppers).
    func pages(ids: [Int64]) async throws -> [Int64: Page]
    /// Pages by handle, drafts included.
    func pages(handles: [String]) async throws -> [String: Page]
    /// One window of the pages, ordered by handle; drafts only when `includeDrafts`.
    func listPages(window: PageWindow, includeDrafts: Bool) async throws -> SearchPage<Page>
    /// How many pages there are; drafts only counted when `includeDrafts`.
    func countPages(includeDrafts: Bool) async throws -> Int

    /// Runs `body` in one write transaction (SQLite: one `BEGIN IMMEDIATE` on the writer connection;
    /// memory: inside the actor; PostgreSQL: one transaction holding the content's advisory lock) and
    /// returns what it returns: everything `body` saved is kept when it returns, and nothing when it
    /// throws (the error is rethrown). Writes are serialized. A backend may roll the transaction back
    /// and run `body` again from the start (PostgreSQL does after a deadlock), so `body` acts only
    /// through the transaction.
    func writeContent<T: Sendable>(_ body: @Sendable (any ContentTransaction) throws -> T) async throws -> T
}

extension ContentBackend {
    /// The store's languages: `ContentRules.localization` over the stored title locales.
    public func localization() async throws -> Localization {
        ContentRules.localization(defaultLocale: defaultLocale, titleLocales: try await titleLocales())
    }
}

/// The store's languages (`Localization`).
public struct Localization: Sendable, Hashable {
    /// The fallback locale.
    public var defaultLocale: String
    /// Every locale content is written in, sorted.
    public var availableLocales: [String]

    /// Creates a localization.
    public init(defaultLocale: String, availableLocales: [String]) {
        self.defaultLocale = defaultLocale
        self.availableLocales = availableLocales
    }
}

/// A change to a page's texts in one locale.
public struct PageChange: Sendable, Hashable {
    /// The page to change, or nil to find it by handle or create it.
    public var id: Int64?
    /// The handle (required to create; changes the handle of an existing page).
    public var handle: String?
    /// The locale of the texts.
    public var locale: String
    /// The title in `locale`.
    public var title: String?
    /// The search engine title in `locale`.
    public var seoTitle: String?
    /// The search engine description in `locale`.
    public var seoDescription: String?
    /// When the change happens.
    public var time: Date

    /// Creates a change.
    public init(id: Int64?, handle: String?, locale: String, title: String?, seoTitle: String?,
                seoDescription: String?, time: Date) {
        self.id = id
        self.handle = handle
        self.locale = locale
        self.title = title
        self.seoTitle = seoTitle
        self.seoDescription = seoDescription
        self.time = time
    }
}

/// Why a content write was refused; nothing was written.
public enum ContentWriteError: Error, Sendable, Hashable {
    /// No page has the id.
    case pageNotFound(Int64)
    /// The page has no module with the id.
    case moduleNotFound(Int64)
    /// Another page has the handle.
    case handleTaken(String)
    /// A new page needs a handle and a title.
    case missingHandleOrTitle
}
