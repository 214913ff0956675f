import Foundation

extension WebhookEvent {
    /// `orders/create` for an order just recorded: its id, number, buyer, lines and amounts, as the
    /// GraphQL API shows them (global ids, decimal strings).
    public static func orderCreated(_ order: Order) -> WebhookEvent {
        let id = GlobalID(type: "Order", key: order.id).encoded
        func money(_ amount: Money) -> [String: Any] { ["amount": amount.decimalString, "currencyCode": amount.currency.rawValue] }
        let lines: [[String: Any]] = order.lines.map { line in
            ["variantId": GlobalID(type: "ProductVariant", id: line.variantID).encoded, "title": line.title,
             "variantTitle": line.variantTitle, "sku": line.sku ?? NSNull(), "quantity": line.quantity,
             "unitPrice": money(line.unitPrice)]
        }
        let data: [String: Any] = [
            "id": id, "number": order.number, "name": order.name, "status": order.status.rawValue,
            "email": order.email ?? NSNull(), "lines": lines, "discountCodes": order.discountCodes,
            "subtotal": money(order.subtotal), "discount": money(order.discount), "tax": money(order.tax),
            "total": money(order.total), "createdAt": DateTimeFormat.format(order.createdAt),
        ]
        return WebhookEvent(aggregate: id, topic: .ordersCreate, data: json(data), createdAt: order.createdAt)
    }
}
