import Commerce
import GraphQLCore

extension CommerceSchema {
    static func bindCarts(_ schema: GraphQLSchema) throws {
        try schema.bindSource("Cart.id", CartView.self) { $0.id }
        try schema.bindSync("Cart.lines", CartView.self) { cart, arguments, _ in
            try Connection(slicing: cart.lines, arguments: arguments.pageArguments, order: "lines")
        }
        try schema.bindSource("Cart.totalQuantity", CartView.self) { $0.totalQuantity }
        try schema.bindSource("Cart.cost", CartView.self) { $0.cost }
        try schema.bindSource("Cart.discountCodes", CartView.self) { $0.discountCodes }
        try schema.bindSource("Cart.buyerIdentity", CartView.self) { $0.cart.buyerIdentity }
        try schema.bindSource("Cart.status", CartView.self) { $0.status.rawValue }
        try schema.bindSource("Cart.createdAt", CartView.self) { $0.cart.createdAt }
        try schema.bindSource("Cart.updatedAt", CartView.self) { $0.cart.updatedAt }
        try schema.bindSource("CartLine.id", CartLineView.self) { $0.id }
        try schema.bindSource("CartLine.merchandise", CartLineView.self) { $0.variant }
        try schema.bindSource("CartLine.quantity", CartLineView.self) { $0.line.quantity }
        try schema.bindSource("CartLine.cost", CartLineView.self) { $0 }
        try schema.bindSource("CartLineCost.amountPerQuantity", CartLineView.self) { $0.unitPrice }
        try schema.bindSource("CartLineCost.compareAtAmountPerQuantity", CartLineView.self) { $0.compareAtUnitPrice }
        try schema.bindSource("CartLineCost.subtotalAmount", CartLineView.self) { $0.subtotal }
        try schema.bindSource("CartLineCost.totalAmount", CartLineView.self) { $0.total }
        try schema.bindSource("CartCost.subtotalAmount", CartCost.self) { $0.subtotal }
        try schema.bindSource("CartCost.totalDiscountAmount", CartCost.self) { $0.discount }
        try schema.bindSource("CartCost.totalTaxAmount", CartCost.self) { $0.tax }
        try schema.bindSource("CartCost.totalAmount", CartCost.self) { $0.total }
        try schema.bindSource("CartDiscountCode.code", DiscountApplication.self) { $0.code }
        try schema.bindSource("CartDiscountCode.applicable", DiscountApplication.self) { $0.applicable }
        try schema.bindSource("CartDiscountCode.reason", DiscountApplication.self) { $0.reason?.rawValue }
        try schema.bindSource("CartDiscountCode.combinesWithOtherCodes", DiscountApplication.self) { $0.combinesWithOtherCodes }
        try schema.bindSource("CartBuyerIdentity.email", BuyerIdentity.self) { $0.email }
        try schema.bindSource("CartBuyerIdentity.phone", BuyerIdentity.self) { $0.phone }
        try schema.bindSource("CartBuyerIdentity.countryCode", BuyerIdentity.self) { $0.countryCode }

        try schema.bindSource("Order.id", Order.self) { GlobalID(type: "Order", key: $0.id).encoded }
        try schema.bindSource("Order.number", Order.self) { $0.number }
        try schema.bindSource("Order.name", Order.self) { $0.name }
        try schema.bindSource("Order.status", Order.self) { $0.status.rawValue }
        try schema.bindSource("Order.email", Order.self) { $0.email }
        try schema.bindSource("Order.lines", Order.self) { $0.lines }
        try schema.bindSource("Order.discountCodes", Order.self) { $0.discountCodes }
        try schema.bindSource("Order.subtotalAmount", Order.self) { $0.subtotal }
        try schema.bindSource("Order.totalDiscountAmount", Order.self) { $0.discount }
        try schema.bindSource("Order.totalTaxAmount", Order.self) { $0.tax }
        try schema.bindSource("Order.totalAmount", Order.self) { $0.total }
        try schema.bindSource("Order.createdAt", Order.self) { $0.createdAt }
        try schema.bindSource("OrderLine.title", OrderLine.self) { $0.title }
        try schema.bindSource("OrderLine.variantTitle", OrderLine.self) { $0.variantTitle }
        try schema.bindSource("OrderLine.sku", OrderLine.self) { $0.sku }
        try schema.bindAsync("OrderLine.variant", OrderLine.self) { line, _, store in
            do { return try await store.variants.load(line.variantID) } catch { throw CommerceError(backendFailure: error) }
        }
        try schema.bindSource("OrderLine.quantity", OrderLine.self) { $0.quantity }
        try schema.bindSource("OrderLine.unitPrice", OrderLine.self) { $0.unitPrice }
        try schema.bindSource("OrderLine.totalAmount", OrderLine.self) { try $0.totalAmount }

        try schema.bindSource("UserError.field", UserError.self) { $0.field }
        try schema.bindSource("UserError.message", UserError.self) { $0.message }
        try schema.bindSource("UserError.code", UserError.self) { $0.code.rawValue }
        for payload in ["CartCreatePayload", "CartLinesAddPayload", "CartLinesUpdatePayload", "CartLinesRemovePayload",
                        "CartDiscountCodesUpdatePayload", "CartBuyerIdentityUpdatePayload"] {
            try schema.bindSource("\(payload).cart", CartPayload.self) { $0.cart }
            try schema.bindSource("\(payload).userErrors", CartPayload.self) { $0.userErrors }
        }
        try schema.bindSource("CartCheckoutPayload.order", CheckoutPayload.self) { $0.order }
        try schema.bindSource("CartCheckoutPayload.cart", CheckoutPayload.self) { $0.cart }
        try schema.bindSource("CartCheckoutPayload.userErrors", CheckoutPayload.self) { $0.userErrors }
        try schema.bindSource("ProductUpsertPayload.product", ProductPayload.self) { $0.product }
        try schema.bindSource("ProductUpsertPayload.userErrors", ProductPayload.self) { $0.userErrors }
        try schema.bindSource("InventoryAdjustPayload.variant", InventoryPayload.self) { $0.variant }
        try schema.bindSource("InventoryAdjustPayload.userErrors", InventoryPayload.self) { $0.userErrors }
        for payload in ["PageUpsertPayload", "PagePublishPayload", "ContentModuleUpsertPayload"] {
            try schema.bindSource("\(payload).page", PagePayload.self) { $0.page }
            try schema.bindSource("\(payload).userErrors", PagePayload.self) { $0.userErrors }
        }
        try schema.bindSource("ContentModuleUpsertPayload.module", PagePayload.self) { $0.module }
    }
}
