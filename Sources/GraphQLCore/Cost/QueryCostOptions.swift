// How the static cost of an operation is counted (see `queryCost`).

/// The sizes `queryCost` assumes for lists.
public struct QueryCostOptions: Sendable, Hashable {
    /// The size assumed for a list field with no slicing argument (and for each inner level of
    /// a nested list).
    public var defaultListSize: Int
    /// The size assumed for a slicing argument whose value is not known (a variable, when the
    /// cost is computed without the request's variables): the largest page a server gives.
    public var unknownSliceSize: Int
    /// The arguments that give a list's size (`first`, `last`); with both, the larger counts.
    public var slicingArguments: Set<String>
    /// The list fields of a connection (`edges`, `nodes`) whose size is that of the field
    /// above them, when that field has a slicing argument and is not a list itself.
    public var sizedFields: Set<String>

    /// Creates options; the defaults count as Shopify's Storefront API does, roughly.
    public init(defaultListSize: Int = 10, unknownSliceSize: Int = 250,
                slicingArguments: Set<String> = ["first", "last"], sizedFields: Set<String> = ["edges", "nodes"]) {
        self.defaultListSize = defaultListSize
        self.unknownSliceSize = unknownSliceSize
        self.slicingArguments = slicingArguments
        self.sizedFields = sizedFields
    }
}
