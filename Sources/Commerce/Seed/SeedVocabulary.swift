/// The words the demo store is made of.
enum SeedVocabulary {
    /// A product type with its options and price band (euros).
    struct Kind {
        var name: String
        var singular: String
        var options: [(name: String, values: [String])]
        var prices: ClosedRange<Int>
        var home: Bool
    }

    static let sizes = ["XS", "S", "M", "L", "XL"]
    static let shoeSizes = ["38", "39", "40", "41", "42", "43", "44", "45"]
    static let colors = ["Black", "White", "Navy", "Olive", "Sand", "Rust", "Sky", "Charcoal", "Forest", "Berry"]
    static let scents = ["Cedar", "Fig", "Sea Salt", "Amber", "Lavender"]

    static let kinds: [Kind] = [
        Kind(name: "Shirts", singular: "Shirt", options: [("Size", sizes), ("Color", colors)], prices: 29...89, home: false),
        Kind(name: "T-Shirts", singular: "Tee", options: [("Size", sizes), ("Color", colors)], prices: 15...39, home: false),
        Kind(name: "Sweaters", singular: "Sweater", options: [("Size", sizes), ("Color", colors)], prices: 49...149, home: false),
        Kind(name: "Jackets", singular: "Jacket", options: [("Size", sizes), ("Color", colors)], prices: 89...299, home: false),
        Kind(name: "Trousers", singular: "Trousers", options: [("Size", sizes), ("Color", colors)], prices: 49...129, home: false),
        Kind(name: "Shoes", singular: "Sneaker", options: [("Size", shoeSizes), ("Color", colors)], prices: 69...179, home: false),
        Kind(name: "Bags", singular: "Bag", options: [("Color", colors)], prices: 39...199, home: false),
        Kind(name: "Hats", singular: "Cap", options: [("Color", colors)], prices: 19...49, home: false),
        Kind(name: "Scarves", singular: "Scarf", options: [("Color", colors)], prices: 25...79, home: false),
        Kind(name: "Mugs", singular: "Mug", options: [], prices: 12...29, home: true),
        Kind(name: "Candles", singular: "Candle", options: [("Scent", scents)], prices: 18...45, home: true),
        Kind(name: "Blankets", singular: "Blanket", options: [("Color", colors)], prices: 59...189, home: true),
        Kind(name: "Notebooks", singular: "Notebook", options: [("Color", colors)], prices: 9...24, home: true),
    ]

    static let vendors = ["Nordic Loom", "Atelier Roux", "Brightwater", "Kestrel & Co", "Fjell Outdoor", "Maison Verte",
                          "Urban Thread", "Alpenglow", "Saltmarsh", "Copperleaf", "Linden Home", "Tidewell"]
    static let adjectives = ["Classic", "Everyday", "Coastal", "Alpine", "Weekend", "Heritage", "Studio", "Harbor",
                             "Meadow", "Summit", "Canyon", "Riverside", "Nordic", "Urban", "Vintage", "Modern"]
    static let materials = ["Linen", "Cotton", "Merino", "Organic Cotton", "Wool", "Denim", "Canvas", "Leather",
                            "Recycled Poly", "Cashmere", "Stoneware", "Soy Wax"]
    static let seasons = ["summer", "winter", "all-season"]
    static let phrases = [
        "Made to be worn every day and to last for years.",
        "Cut for comfort with a clean, modern line.",
        "Finished by hand in a small workshop.",
        "Breathable, soft and easy to care for.",
        "Designed in Europe from responsibly sourced materials.",
        "A quiet favourite that goes with everything.",
        "Tested on long trails and city streets alike.",
        "Packed in plastic-free, recycled packaging.",
    ]
}
