/// `ProductInput`: nil fields keep the product's current values.
public struct ProductInput: Sendable, Hashable {
    /// The product to change.
    public var id: String?
    /// The handle.
    public var handle: String?
    /// The name.
    public var title: String?
    /// The description as HTML.
    public var descriptionHtml: String?
    /// The brand.
    public var vendor: String?
    /// The kind.
    public var productType: String?
    /// The tags.
    public var tags: [String]?
    /// The options.
    public var options: [ProductOption]?
    /// The variants.
    public var variants: [ProductVariantInput]?
    /// The images.
    public var images: [Image]?
    /// Search engine metadata.
    public var seo: SEO?

    /// Creates an input.
    public init(id: String? = nil, handle: String? = nil, title: String? = nil, descriptionHtml: String? = nil,
                vendor: String? = nil, productType: String? = nil, tags: [String]? = nil, options: [ProductOption]? = nil,
                variants: [ProductVariantInput]? = nil, images: [Image]? = nil, seo: SEO? = nil) {
        self.id = id
        self.handle = handle
        self.title = title
        self.descriptionHtml = descriptionHtml
        self.vendor = vendor
        self.productType = productType
        self.tags = tags
        self.options = options
        self.variants = variants
        self.images = images
        self.seo = seo
    }
}

/// `ProductVariantInput`.
public struct ProductVariantInput: Sendable, Hashable {
    /// The variant to keep.
    public var id: String?
    /// The SKU.
    public var sku: String?
    /// The price as a decimal string.
    public var price: String
    /// The former price.
    public var compareAtPrice: String?
    /// The option values.
    public var selectedOptions: [SelectedOption]?
    /// The stock.
    public var inventoryQuantity: Int?

    /// Creates an input.
    public init(id: String? = nil, sku: String? = nil, price: String, compareAtPrice: String? = nil,
                selectedOptions: [SelectedOption]? = nil, inventoryQuantity: Int? = nil) {
        self.id = id
        self.sku = sku
        self.price = price
        self.compareAtPrice = compareAtPrice
        self.selectedOptions = selectedOptions
        self.inventoryQuantity = inventoryQuantity
    }
}

/// `PageInput`.
public struct PageInput: Sendable, Hashable {
    /// The page to change.
    public var id: String?
    /// The handle.
    public var handle: String?
    /// The locale of the texts.
    public var locale: String?
    /// The title.
    public var title: String?
    /// Search engine metadata.
    public var seo: SEO?

    /// Creates an input.
    public init(id: String? = nil, handle: String? = nil, locale: String? = nil, title: String? = nil, seo: SEO? = nil) {
        self.id = id
        self.handle = handle
        self.locale = locale
        self.title = title
        self.seo = seo
    }
}

/// A link as given in input.
public struct LinkInput: Sendable, Hashable {
    /// The text.
    public var label: String
    /// The target.
    public var url: String

    /// Creates a link.
    public init(label: String, url: String) {
        self.label = label
        self.url = url
    }
}

/// `ContentModuleInput`: exactly one kind must be given.
public struct ContentModuleInput: Sendable, Hashable {
    /// The kinds, with their texts in one locale.
    public enum Kind: Sendable, Hashable {
        case hero(heading: String, subheading: String?, image: Image?, callToAction: LinkInput?)
        case richText(html: String)
        case productCarousel(heading: String, productIds: [String])
        case collectionGrid(heading: String, collectionIds: [String])
        case banner(text: String, link: LinkInput?, tone: ContentModule.Tone)
        case promo(heading: String, body: String, discountCode: String?, image: Image?, link: LinkInput?, endsAt: String?)

        /// The input field naming the kind.
        var fieldName: String {
            switch self {
            case .hero: return "hero"
            case .richText: return "richText"
            case .productCarousel: return "productCarousel"
            case .collectionGrid: return "collectionGrid"
            case .banner: return "banner"
            case .promo: return "promo"
            }
        }
    }

    /// The module to change.
    public var id: String?
    /// Where it goes.
    public var position: Int?
    /// The locale of the texts.
    public var locale: String?
    /// The kinds given (valid input has exactly one).
    public var kinds: [Kind]

    /// Creates an input.
    public init(id: String? = nil, position: Int? = nil, locale: String? = nil, kinds: [Kind]) {
        self.id = id
        self.position = position
        self.locale = locale
        self.kinds = kinds
    }
}

/// The payload of `productUpsert`.
public struct ProductPayload: Sendable {
    /// The product after the change.
    public var product: Product?
    /// What was wrong.
    public var userErrors: [UserError]
}

/// The payload of `inventoryAdjust`.
public struct InventoryPayload: Sendable {
    /// The variant after the change.
    public var variant: ProductVariant?
    /// What was wrong.
    public var userErrors: [UserError]
}

/// The payload of `pageUpsert`, `pagePublish` and `contentModuleUpsert`.
public struct PagePayload: Sendable {
    /// The page after the change.
    public var page: PageView?
    /// The module changed (`contentModuleUpsert` only).
    public var module: ModuleView?
    /// What was wrong.
    public var userErrors: [UserError]
}
