/// Units of a variant to add.
public struct LineAddition: Sendable, Hashable {
    /// The variant.
    public var variantID: Int64
    /// Units (positive).
    public var quantity: Int

    /// Creates an addition.
    public init(variantID: Int64, quantity: Int) {
        self.variantID = variantID
        self.quantity = quantity
    }
}
