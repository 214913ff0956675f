/// A new quantity for a line.
public struct LineQuantity: Sendable, Hashable {
    /// The line.
    public var lineID: Int64
    /// Units (0 removes the line).
    public var quantity: Int

    /// Creates a quantity change.
    public init(lineID: Int64, quantity: Int) {
        self.lineID = lineID
        self.quantity = quantity
    }
}
