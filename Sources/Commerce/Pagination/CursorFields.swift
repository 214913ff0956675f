/// The JSON object inside a cursor: the item's id, the order's name, and the sort value as an
/// integer, a text or a real number (exactly one of them).
struct CursorFields: Decodable {
    /// The item's id.
    var i: Int64
    /// The order's name.
    var o: String
    /// An integer sort value.
    var n: Int64?
    /// A text sort value.
    var s: String?
    /// A real sort value.
    var r: Double?
}
