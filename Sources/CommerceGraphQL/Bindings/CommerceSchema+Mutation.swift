import Commerce
import GraphQLCore

extension CommerceSchema {
    static func bindMutation(_ schema: GraphQLSchema) throws {
        try schema.bindAsync("Mutation.cartCreate", Any.self) { _, arguments, store in
            try await store.cartCreate(arguments.object("input").map(cartInput))
        }
        try schema.bindAsync("Mutation.cartLinesAdd", Any.self) { _, arguments, store in
            try await store.cartLinesAdd(cartId: arguments.string("cartId") ?? "", lines: (arguments.objects("lines") ?? []).map(lineInput))
        }
        try schema.bindAsync("Mutation.cartLinesUpdate", Any.self) { _, arguments, store in
            try await store.cartLinesUpdate(cartId: arguments.string("cartId") ?? "", lines: (arguments.objects("lines") ?? []).map {
                CartLineUpdateInput(id: $0.string("id") ?? "", quantity: $0.int("quantity") ?? 0)
            })
        }
        try schema.bindAsync("Mutation.cartLinesRemove", Any.self) { _, arguments, store in
            try await store.cartLinesRemove(cartId: arguments.string("cartId") ?? "", lineIds: arguments.strings("lineIds") ?? [])
        }
        try schema.bindAsync("Mutation.cartDiscountCodesUpdate", Any.self) { _, arguments, store in
            try await store.cartDiscountCodesUpdate(cartId: arguments.string("cartId") ?? "", discountCodes: arguments.strings("discountCodes") ?? [])
        }
        try schema.bindAsync("Mutation.cartBuyerIdentityUpdate", Any.self) { _, arguments, store in
            try await store.cartBuyerIdentityUpdate(cartId: arguments.string("cartId") ?? "",
                                                    buyerIdentity: buyerInput(arguments.object("buyerIdentity") ?? [:]))
        }
        try schema.bindAsync("Mutation.cartCheckout", Any.self) { _, arguments, store in
            try await store.cartCheckout(cartId: arguments.string("cartId") ?? "")
        }
        try schema.bindAsync("Mutation.productUpsert", Any.self) { _, arguments, store in
            try await store.productUpsert(productInput(arguments.object("input") ?? [:]))
        }
        try schema.bindAsync("Mutation.inventoryAdjust", Any.self) { _, arguments, store in
            try await store.inventoryAdjust(variantId: arguments.string("variantId") ?? "", delta: arguments.int("delta") ?? 0)
        }
        try schema.bindAsync("Mutation.pageUpsert", Any.self) { _, arguments, store in
            let input = arguments.object("input") ?? [:]
            return try await store.pageUpsert(PageInput(id: input.string("id"), handle: input.string("handle"), locale: input.string("locale"),
                                                        title: input.string("title"), seo: input.object("seo").map(seoInput)))
        }
        try schema.bindAsync("Mutation.pagePublish", Any.self) { _, arguments, store in
            try await store.pagePublish(id: arguments.string("id") ?? "", published: arguments.bool("published") ?? true)
        }
        try schema.bindAsync("Mutation.contentModuleUpsert", Any.self) { _, arguments, store in
            try await store.contentModuleUpsert(pageId: arguments.string("pageId") ?? "", input: moduleInput(arguments.object("input") ?? [:]))
        }
    }

    static func lineInput(_ object: JSONObject) -> CartLineInput {
        CartLineInput(merchandiseId: object.string("merchandiseId") ?? "", quantity: object.int("quantity") ?? 1)
    }

    static func buyerInput(_ object: JSONObject) -> CartBuyerIdentityInput {
        CartBuyerIdentityInput(email: object.string("email"), phone: object.string("phone"), countryCode: object.string("countryCode"))
    }

    static func cartInput(_ object: JSONObject) -> CartInput {
        CartInput(lines: object.objects("lines")?.map(lineInput), discountCodes: object.strings("discountCodes"),
                  buyerIdentity: object.object("buyerIdentity").map(buyerInput))
    }

    static func seoInput(_ object: JSONObject) -> SEO {
        SEO(title: object.string("title"), description: object.string("description"))
    }

    static func imageInput(_ object: JSONObject) -> Image {
        Image(url: object.string("url") ?? "", altText: object.string("altText"), width: object.int("width"), height: object.int("height"))
    }

    static func linkInput(_ object: JSONObject) -> LinkInput {
        LinkInput(label: object.string("label") ?? "", url: object.string("url") ?? "")
    }

    static func options(_ objects: [JSONObject]?) -> [SelectedOption]? {
        objects?.map { SelectedOption(name: $0.string("name") ?? "", value: $0.string("value") ?? "") }
    }

    static func productInput(_ object: JSONObject) -> ProductInput {
        ProductInput(
            id: object.string("id"), handle: object.string("handle"), title: object.string("title"),
            descriptionHtml: object.string("descriptionHtml"), vendor: object.string("vendor"), productType: object.string("productType"),
            tags: object.strings("tags"),
            options: object.objects("options")?.map { ProductOption(name: $0.string("name") ?? "", values: $0.strings("values") ?? []) },
            variants: object.objects("variants")?.map {
                ProductVariantInput(id: $0.string("id"), sku: $0.string("sku"), price: $0.string("price") ?? "",
                                    compareAtPrice: $0.string("compareAtPrice"), selectedOptions: options($0.objects("selectedOptions")),
                                    inventoryQuantity: $0.int("inventoryQuantity"))
            },
            images: object.objects("images")?.map(imageInput), seo: object.object("seo").map(seoInput))
    }

    static func moduleInput(_ object: JSONObject) -> ContentModuleInput {
        var kinds: [ContentModuleInput.Kind] = []
        if let hero = object.object(ContentModule.Kind.hero.inputField) {
            kinds.append(.hero(heading: hero.string("heading") ?? "", subheading: hero.string("subheading"),
                               image: hero.object("image").map(imageInput), callToAction: hero.object("callToAction").map(linkInput)))
        }
        if let text = object.object(ContentModule.Kind.richText.inputField) { kinds.append(.richText(html: text.string("html") ?? "")) }
        if let carousel = object.object(ContentModule.Kind.productCarousel.inputField) {
            kinds.append(.productCarousel(heading: carousel.string("heading") ?? "", productIds: carousel.strings("productIds") ?? []))
        }
        if let grid = object.object(ContentModule.Kind.collectionGrid.inputField) {
            kinds.append(.collectionGrid(heading: grid.string("heading") ?? "", collectionIds: grid.strings("collectionIds") ?? []))
        }
        if let banner = object.object(ContentModule.Kind.banner.inputField) {
            kinds.append(.banner(text: banner.string("text") ?? "", link: banner.object("link").map(linkInput),
                                 tone: banner.string("tone").flatMap(ContentModule.Tone.init(rawValue:)) ?? .INFO))
        }
        if let promo = object.object(ContentModule.Kind.promo.inputField) {
            kinds.append(.promo(heading: promo.string("heading") ?? "", body: promo.string("body") ?? "", discountCode: promo.string("discountCode"),
                                image: promo.object("image").map(imageInput), link: promo.object("link").map(linkInput), endsAt: promo.string("endsAt")))
        }
        return ContentModuleInput(id: object.string("id"), position: object.int("position"), locale: object.string("locale"), kinds: kinds)
    }
}
