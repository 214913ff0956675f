import Commerce
import GraphQLCore

extension CommerceSchema {
    static func bindCarts(_ binder: CommerceBinder) throws {
        try binder.bindSource(CartView.self, "Cart.id") { $0.id }
        try binder.bindSync(CartView.self, "Cart.lines") { cart, arguments, _ in
            try Connection(slicing: cart.lines, arguments: arguments.pageArguments, order: "lines")
        }
        try binder.bindSource(CartView.self, "Cart.totalQuantity") { $0.totalQuantity }
        try binder.bindSource(CartView.self, "Cart.cost") { $0.cost }
        try binder.bindSource(CartView.self, "Cart.discountCodes") { $0.discountCodes }
        try binder.bindSource(CartView.self, "Cart.buyerIdentity") { $0.cart.buyerIdentity }
        try binder.bindSource(CartView.self, "Cart.status") { $0.status.rawValue }
        try binder.bindSource(CartView.self, "Cart.createdAt") { $0.cart.createdAt }
        try binder.bindSource(CartView.self, "Cart.updatedAt") { $0.cart.updatedAt }
        try binder.bindSource(CartLineView.self, "CartLine.id") { $0.id }
        try binder.bindSource(CartLineView.self, "CartLine.merchandise") { $0.variant }
        try binder.bindSource(CartLineView.self, "CartLine.quantity") { $0.line.quantity }
        try binder.bindSource(CartLineView.self, "CartLine.cost") { $0 }
        try binder.bindSource(CartLineView.self, "CartLineCost.amountPerQuantity") { $0.unitPrice }
        try binder.bindSource(CartLineView.self, "CartLineCost.compareAtAmountPerQuantity") { $0.compareAtUnitPrice }
        try binder.bindSource(CartLineView.self, "CartLineCost.subtotalAmount") { $0.subtotal }
        try binder.bindSource(CartLineView.self, "CartLineCost.totalAmount") { $0.total }
        try binder.bindSource(CartCost.self, "CartCost.subtotalAmount") { $0.subtotal }
        try binder.bindSource(CartCost.self, "CartCost.totalDiscountAmount") { $0.discount }
        try binder.bindSource(CartCost.self, "CartCost.totalTaxAmount") { $0.tax }
        try binder.bindSource(CartCost.self, "CartCost.totalAmount") { $0.total }
        try binder.bindSource(DiscountApplication.self, "CartDiscountCode.code") { $0.code }
        try binder.bindSource(DiscountApplication.self, "CartDiscountCode.applicable") { $0.applicable }
        try binder.bindSource(DiscountApplication.self, "CartDiscountCode.reason") { $0.reason?.rawValue }
        try binder.bindSource(DiscountApplication.self, "CartDiscountCode.combinesWithOtherCodes") { $0.combinesWithOtherCodes }
        try binder.bindSource(BuyerIdentity.self, "CartBuyerIdentity.email") { $0.email }
        try binder.bindSource(BuyerIdentity.self, "CartBuyerIdentity.phone") { $0.phone }
        try binder.bindSource(BuyerIdentity.self, "CartBuyerIdentity.countryCode") { $0.countryCode }

        try binder.bindSource(Order.self, "Order.id") { GlobalID(type: "Order", key: $0.id).encoded }
        try binder.bindSource(Order.self, "Order.number") { $0.number }
        try binder.bindSource(Order.self, "Order.name") { $0.name }
        try binder.bindSource(Order.self, "Order.status") { $0.status.rawValue }
        try binder.bindSource(Order.self, "Order.email") { $0.email }
        try binder.bindSource(Order.self, "Order.lines") { $0.lines }
        try binder.bindSource(Order.self, "Order.discountCodes") { $0.discountCodes }
        try binder.bindSource(Order.self, "Order.subtotalAmount") { $0.subtotal }
        try binder.bindSource(Order.self, "Order.totalDiscountAmount") { $0.discount }
        try binder.bindSource(Order.self, "Order.totalTaxAmount") { $0.tax }
        try binder.bindSource(Order.self, "Order.totalAmount") { $0.total }
        try binder.bindSource(Order.self, "Order.createdAt") { $0.createdAt }
        try binder.bindSource(OrderLine.self, "OrderLine.title") { $0.title }
        try binder.bindSource(OrderLine.self, "OrderLine.variantTitle") { $0.variantTitle }
        try binder.bindSource(OrderLine.self, "OrderLine.sku") { $0.sku }
        try binder.bindAwaiting(OrderLine.self, "OrderLine.variant") { line, _, store in
            do { return try await store.variants.load(line.variantID) } catch { throw CommerceError(backendFailure: error) }
        }
        try binder.bindSource(OrderLine.self, "OrderLine.quantity") { $0.quantity }
        try binder.bindSource(OrderLine.self, "OrderLine.unitPrice") { $0.unitPrice }
        try binder.bindSource(OrderLine.self, "OrderLine.totalAmount") { try $0.totalAmount }

        try binder.bindSource(UserError.self, "UserError.field") { $0.field }
        try binder.bindSource(UserError.self, "UserError.message") { $0.message }
        try binder.bindSource(UserError.self, "UserError.code") { $0.code.rawValue }
        for payload in ["CartCreatePayload", "CartLinesAddPayload", "CartLinesUpdatePayload", "CartLinesRemovePayload",
                        "CartDiscountCodesUpdatePayload", "CartBuyerIdentityUpdatePayload"] {
            try binder.bindSource(CartPayload.self, "\(payload).cart") { $0.cart }
            try binder.bindSource(CartPayload.self, "\(payload).userErrors") { $0.userErrors }
        }
        try binder.bindSource(CheckoutPayload.self, "CartCheckoutPayload.order") { $0.order }
        try binder.bindSource(CheckoutPayload.self, "CartCheckoutPayload.cart") { $0.cart }
        try binder.bindSource(CheckoutPayload.self, "CartCheckoutPayload.userErrors") { $0.userErrors }
        try binder.bindSource(ProductPayload.self, "ProductUpsertPayload.product") { $0.product }
        try binder.bindSource(ProductPayload.self, "ProductUpsertPayload.userErrors") { $0.userErrors }
        try binder.bindSource(InventoryPayload.self, "InventoryAdjustPayload.variant") { $0.variant }
        try binder.bindSource(InventoryPayload.self, "InventoryAdjustPayload.userErrors") { $0.userErrors }
        for payload in ["PageUpsertPayload", "PagePublishPayload", "ContentModuleUpsertPayload"] {
            try binder.bindSource(PagePayload.self, "\(payload).page") { $0.page }
            try binder.bindSource(PagePayload.self, "\(payload).userErrors") { $0.userErrors }
        }
        try binder.bindSource(PagePayload.self, "ContentModuleUpsertPayload.module") { $0.module }
    }
}
