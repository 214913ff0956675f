import Commerce
import Foundation

extension SQLiteCartBackend {
    public func discountCodes(codes: [String]) throws -> [String: DiscountCode] {
        let keys = codes.map(DiscountCode.key)
        let rows = try db.query("""
            SELECT code_key, code, percentage_basis_points, fixed_amount, currency, minimum_subtotal, starts_at, ends_at,
                combines_with_other_codes
            FROM discount_codes WHERE code_key IN (SELECT value FROM json_each(?))
            """, [.text(SQLiteJSONArray.strings(keys))]) { row -> (String, DiscountCode) in
            let currency = CurrencyCode(rawValue: row.text(4)) ?? .EUR
            let kind: DiscountCode.Kind = row.optionalInt(2).map { .percentage(basisPoints: Int($0)) }
                ?? .fixedAmount(Money(minorUnits: row.int(3), currency: currency))
            return (row.text(0), DiscountCode(
                code: row.text(1), kind: kind,
                minimumSubtotal: row.optionalInt(5).map { Money(minorUnits: $0, currency: currency) },
                startsAt: row.optionalInt(6).map(Date.init(milliseconds:)), endsAt: row.optionalInt(7).map(Date.init(milliseconds:)),
                combinesWithOtherCodes: row.int(8) != 0))
        }
        return Dictionary(rows, uniquingKeysWith: { a, _ in a })
    }

    public func upsertDiscountCodes(_ codes: [DiscountCode]) throws {
        try db.transaction {
            for code in codes {
                var percentage: Int64?, fixed: Int64?, currency = code.minimumSubtotal?.currency ?? .EUR
                switch code.kind {
                case .percentage(let basisPoints): percentage = Int64(basisPoints)
                case .fixedAmount(let amount): fixed = amount.minorUnits; currency = amount.currency
                }
                try db.run("""
                    INSERT OR REPLACE INTO discount_codes
                        (code_key, code, percentage_basis_points, fixed_amount, currency, minimum_subtotal, starts_at, ends_at,
                         combines_with_other_codes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.text(DiscountCode.key(code.code)), .text(code.code), .integer(percentage), .integer(fixed),
                          .text(currency.rawValue), .integer(code.minimumSubtotal?.minorUnits),
                          .integer(code.startsAt?.milliseconds), .integer(code.endsAt?.milliseconds),
                          .integer(code.combinesWithOtherCodes ? 1 : 0)])
            }
        }
    }

    public func placeOrder(cartID: String,
                           _ place: @Sendable (Cart, Int?) throws -> (cart: CartEdit, order: Order)) throws -> Order? {
        try db.transaction {
            guard let cart = try carts(ids: [cartID])[cartID] else { return nil }
            let last = try db.query("SELECT MAX(number) FROM orders", row: { $0.optionalInt(0) }).first ?? nil
            let (edit, order) = try place(cart, last.map { Int($0) })
            _ = try save(edit)
            try db.run("""
                INSERT INTO orders (id, number, cart_id, status, email, lines, discount_codes, currency, subtotal, discount,
                    tax, total, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(order.id), .integer(Int64(order.number)), .text(order.cartID), .text(order.status.rawValue),
                      .text(order.email), .text(json(order.lines)), .text(json(order.discountCodes)),
                      .text(order.total.currency.rawValue), .integer(order.subtotal.minorUnits),
                      .integer(order.discount.minorUnits), .integer(order.tax.minorUnits), .integer(order.total.minorUnits),
                      .integer(order.createdAt.milliseconds)])
            var stored = order
            stored.createdAt = order.createdAt.inWholeMilliseconds
            try SQLiteOutbox.append(.orderCreated(stored), db)
            return stored
        }
    }

    public func orders(ids: [String]) throws -> [String: Order] {
        let rows = try db.query("""
            SELECT id, number, cart_id, status, email, lines, discount_codes, currency, subtotal, discount, tax, total, created_at
            FROM orders WHERE id IN (SELECT value FROM json_each(?))
            """, [.text(SQLiteJSONArray.strings(ids))]) { row -> Order in
            let currency = CurrencyCode(rawValue: row.text(7)) ?? .EUR
            func money(_ column: Int32) -> Money { Money(minorUnits: row.int(column), currency: currency) }
            return Order(
                id: row.text(0), number: Int(row.int(1)), cartID: row.text(2),
                status: OrderStatus(rawValue: row.text(3)) ?? .CONFIRMED, email: row.optionalText(4),
                lines: try decoder.decode([OrderLine].self, from: Data(row.text(5).utf8)),
                discountCodes: try decoder.decode([String].self, from: Data(row.text(6).utf8)),
                subtotal: money(8), discount: money(9), tax: money(10), total: money(11),
                createdAt: Date(milliseconds: row.int(12)))
        }
        return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
