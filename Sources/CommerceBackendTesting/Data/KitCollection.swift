/// One collection the kit writes: its members are indexes into `KitCatalog.products`, in the
/// merchant's order.
struct KitCollection: Sendable {
    var handle: String
    var title: String
    var description: String
    var members: [Int]
}
