extension ProductInput {
    /// The input's fields whose text holds the NUL character (U+0000), as `UserError` paths: a catalog
    /// keeps no NUL (PostgreSQL's text cannot hold one), so every backend refuses it the same way.
    var pathsHoldingNUL: [[String]] {
        func holds(_ text: String?) -> Bool { text?.utf8.contains(0) ?? false }
        var paths: [[String]] = []
        for (name, text) in [("handle", handle), ("title", title), ("descriptionHtml", descriptionHtml), ("vendor", vendor),
                             ("productType", productType)] where holds(text) {
            paths.append(["input", name])
        }
        for (index, tag) in (tags ?? []).enumerated() where holds(tag) { paths.append(["input", "tags", String(index)]) }
        for (index, option) in (options ?? []).enumerated() where holds(option.name) || option.values.contains(where: holds) {
            paths.append(["input", "options", String(index)])
        }
        for (index, image) in (images ?? []).enumerated() where holds(image.url) || holds(image.altText) {
            paths.append(["input", "images", String(index)])
        }
        for (index, variant) in (variants ?? []).enumerated()
        where holds(variant.sku) || (variant.selectedOptions ?? []).contains(where: { holds($0.name) || holds($0.value) }) {
            paths.append(["input", "variants", String(index)])
        }
        if holds(seo?.title) || holds(seo?.description) { paths.append(["input", "seo"]) }
        return paths
    }
}
