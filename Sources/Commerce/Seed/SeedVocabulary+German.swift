extension SeedVocabulary {
    /// German names of the product kinds, by the English singular.
    static let germanKinds: [String: String] = [
        "Shirt": "Hemd", "Tee": "T-Shirt", "Sweater": "Pullover", "Jacket": "Jacke", "Trousers": "Hose",
        "Sneaker": "Sneaker", "Bag": "Tasche", "Cap": "Mütze", "Scarf": "Schal", "Mug": "Becher", "Candle": "Kerze",
        "Blanket": "Decke", "Notebook": "Notizbuch",
    ]
    /// German names of the materials.
    static let germanMaterials: [String: String] = [
        "Linen": "Leinen", "Cotton": "Baumwolle", "Merino": "Merinowolle", "Organic Cotton": "Bio-Baumwolle",
        "Wool": "Wolle", "Denim": "Denim", "Canvas": "Canvas", "Leather": "Leder", "Recycled Poly": "recyceltem Polyester",
        "Cashmere": "Kaschmir", "Stoneware": "Steingut", "Soy Wax": "Sojawachs",
    ]
    /// The description phrases in German, in the order of `phrases`.
    static let germanPhrases = [
        "Gemacht, um jeden Tag getragen zu werden und jahrelang zu halten.",
        "Bequem geschnitten, mit klarer, moderner Linie.",
        "Von Hand in einer kleinen Werkstatt veredelt.",
        "Atmungsaktiv, weich und pflegeleicht.",
        "In Europa aus verantwortungsvoll gewonnenen Materialien entworfen.",
        "Ein stiller Favorit, der zu allem passt.",
        "Auf langen Wegen und in der Stadt erprobt.",
        "Plastikfrei in recycelter Verpackung verschickt.",
    ]
    /// German collection titles, by handle.
    static let germanCollections: [String: String] = [
        "shirts": "Hemden", "t-shirts": "T-Shirts", "sweaters": "Pullover", "jackets": "Jacken", "trousers": "Hosen",
        "shoes": "Schuhe", "bags": "Taschen", "hats": "Mützen", "scarves": "Schals", "home-living": "Wohnen & Leben",
        "new-arrivals": "Neuheiten", "sale": "Sale", "bestsellers": "Bestseller", "summer": "Sommer-Edit",
        "winter": "Wintermodelle", "sustainable": "Nachhaltige Auswahl", "gifts-under-30": "Geschenke unter 30 EUR",
    ]
}
