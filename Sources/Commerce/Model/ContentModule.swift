/// A building block of a page. Its texts are localized; its references (products, collections)
/// are store-internal ids resolved through the catalog loader.
public struct ContentModule: Sendable, Hashable, Codable {
    /// The store-internal id.
    public var id: Int64
    /// What kind of module it is, with its contents.
    public var body: Body

    /// Creates a module.
    public init(id: Int64, body: Body) {
        self.id = id
        self.body = body
    }

    /// A labelled link (`Link`).
    public struct Link: Sendable, Hashable, Codable {
        /// The text per locale.
        public var label: LocalizedText
        /// The target: absolute URL or storefront path.
        public var url: String

        /// Creates a link.
        public init(label: LocalizedText, url: String) {
            self.label = label
            self.url = url
        }
    }

    /// The visual emphasis of a banner (`BannerTone`).
    public enum Tone: String, Sendable, Hashable, Codable, CaseIterable {
        case INFO, PROMOTION, WARNING
    }

    /// The module kinds with their contents, one per `Kind`.
    public enum Body: Sendable, Hashable, Codable {
        /// `Hero`.
        case hero(heading: LocalizedText, subheading: LocalizedText?, image: Image?, callToAction: Link?)
        /// `RichText`.
        case richText(html: LocalizedText)
        /// `ProductCarousel`.
        case productCarousel(heading: LocalizedText, productIDs: [Int64])
        /// `CollectionGrid`.
        case collectionGrid(heading: LocalizedText, collectionIDs: [Int64])
        /// `Banner`.
        case banner(text: LocalizedText, link: Link?, tone: Tone)
        /// `Promo`.
        case promo(heading: LocalizedText, body: LocalizedText, discountCode: String?, image: Image?,
                   link: Link?, endsAt: Double?)

        /// The GraphQL type names of the module kinds, in the order of the cases.
        public static let typeNames = Kind.allCases.map(\.typeName)

        /// The module's kind.
        public var kind: Kind {
            switch self {
            case .hero: return .hero
            case .richText: return .richText
            case .productCarousel: return .productCarousel
            case .collectionGrid: return .collectionGrid
            case .banner: return .banner
            case .promo: return .promo
            }
        }

        /// The GraphQL type name (one of `typeNames`).
        public var typeName: String { kind.typeName }
    }
}
