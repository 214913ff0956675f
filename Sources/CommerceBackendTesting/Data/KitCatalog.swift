/// The catalog the kit writes. Chosen so that every order has ties to break by id: titles equal but
/// for case, equal lowest prices, equal creation days, equal sales and equal relevance; a title with
/// an accent sorts by its UTF-8 bytes; some products have no stock.
enum KitCatalog {
    static let products: [KitProduct] = [
        KitProduct(handle: "linen-shirt", title: "Linen Shirt", description: "Light linen for warm days.", vendor: "Nordic Loom",
                   productType: "Shirts", tags: ["summer", "Sale"], prices: [4900, 5900], stock: [3, 0], createdDay: 3),
        KitProduct(handle: "linen-shirt-lower", title: "linen shirt", description: "The same shirt, in lower case.",
                   vendor: "Nordic Loom", productType: "Shirts", tags: ["summer"], prices: [4900], stock: [0], createdDay: 3),
        KitProduct(handle: "wool-sweater", title: "Wool Sweater", description: "Warm knit with linen trim.", vendor: "Fjell Outdoor",
                   productType: "Sweaters", tags: ["winter", "wool"], prices: [8900, 9900, 9900], stock: [5, 2, 0], createdDay: 1),
        KitProduct(handle: "wool-socks", title: "Wool Socks", description: "Thick socks.", vendor: "Fjell Outdoor",
                   productType: "Socks", tags: ["winter", "sale"], prices: [1200], stock: [20], createdDay: 5),
        KitProduct(handle: "eclair-mug", title: "Éclair Mug", description: "A mug for your linen tablecloth.", vendor: "Atelier Home",
                   productType: "Mugs", tags: ["kitchen"], prices: [1500], stock: [0], createdDay: 2),
        KitProduct(handle: "apron", title: "Apron", description: "Sturdy cotton.", vendor: "Atelier Home",
                   productType: "Kitchen", tags: ["kitchen", "linen"], prices: [2500, 2700], stock: [7, 7], createdDay: 4),
        KitProduct(handle: "cotton-tee", title: "Cotton Tee", description: "Everyday cotton.", vendor: "Nordic Loom",
                   productType: "Shirts", tags: ["summer", "basics"], prices: [1900], stock: [9], createdDay: 6),
        KitProduct(handle: "linen-towel", title: "Linen towel", description: "Linen towel, linen-soft.", vendor: "Atelier Home",
                   productType: "Textiles", tags: ["linen"], prices: [1200], stock: [4], createdDay: 0),
        KitProduct(handle: "rain-jacket", title: "Rain Jacket", description: "Keeps you dry.", vendor: "Fjell Outdoor",
                   productType: "Jackets", tags: ["outdoor"], prices: [14900, 15900], stock: [1, 1], createdDay: 7),
        KitProduct(handle: "zip-hoodie", title: "zip Hoodie", description: "Cotton fleece.", vendor: "Nordic Loom",
                   productType: "Sweaters", tags: ["winter", "basics"], prices: [6900], stock: [0], createdDay: 6),
        KitProduct(handle: "canvas-tote", title: "Canvas Tote", description: "A linen-canvas blend.", vendor: "Atelier Home",
                   productType: "Bags", tags: ["summer", "sale"], prices: [2900], stock: [6], createdDay: 8),
        KitProduct(handle: "wool-blanket", title: "Wool Blanket", description: "Wool blanket, wool throw.", vendor: "Nordic Loom",
                   productType: "Textiles", tags: ["winter", "wool"], prices: [8900], stock: [2], createdDay: 1),
    ]

    static let collections: [KitCollection] = [
        KitCollection(handle: "summer", title: "Summer", description: "Linen and cotton for warm days.", members: [6, 0, 1, 10]),
        KitCollection(handle: "winter", title: "winter Warmers", description: "Wool, knit and cosy linen.", members: [3, 11, 2, 9]),
        KitCollection(handle: "kitchen", title: "Kitchen", description: "Mugs and aprons.", members: [5, 4]),
        KitCollection(handle: "sale", title: "Sale", description: "Summer and winter picks.", members: [10, 3, 0]),
        KitCollection(handle: "linen", title: "Linen Shop", description: "Everything linen.", members: [7, 5, 0, 1]),
        KitCollection(handle: "ete", title: "Été", description: "Nothing yet.", members: []),
    ]

    /// What the history sells: (product index, variant index, units) per reservation, each settled.
    static let sales: [[(product: Int, variant: Int, units: Int)]] = [
        [(3, 0, 4), (6, 0, 2), (0, 0, 2)],
        [(11, 0, 1)],
    ]
    /// The products, then the collections, the history writes again (in this order, a millisecond apart).
    static let rewrittenProducts = [5, 2]
    static let rewrittenCollections = [3, 0]
}
