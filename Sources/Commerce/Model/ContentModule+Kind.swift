extension ContentModule {
    /// The module kinds by their GraphQL type names: the one list of the types implementing
    /// `ContentModule` in schema.graphql (a test holds the schema to it), which the model, the
    /// bindings and the global ids of modules use.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// `Hero`.
        case hero = "Hero"
        /// `RichText`.
        case richText = "RichText"
        /// `ProductCarousel`.
        case productCarousel = "ProductCarousel"
        /// `CollectionGrid`.
        case collectionGrid = "CollectionGrid"
        /// `Banner`.
        case banner = "Banner"
        /// `Promo`.
        case promo = "Promo"

        /// The GraphQL type name.
        public var typeName: String { rawValue }

        /// The schema coordinate of one of the type's fields (`Hero.heading`), for binding it.
        public func field(_ name: String) -> String { rawValue + "." + name }

        /// The `ContentModuleInput` field that writes a module of this kind (`productCarousel`).
        public var inputField: String { rawValue.prefix(1).lowercased() + rawValue.dropFirst() }
    }
}
