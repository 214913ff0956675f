import Commerce
import Foundation

extension SQLiteCartBackend {
    public func discountCodes(codes: [String]) throws -> [String: DiscountCode] {
        let keys = codes.map { $0.lowercased() }
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
                    """, [.text(code.code.lowercased()), .text(code.code), .integer(percentage), .integer(fixed),
                          .text(currency.rawValue), .integer(code.minimumSubtotal?.minorUnits),
                          .integer(code.startsAt?.milliseconds), .integer(code.endsAt?.milliseconds),
                          .integer(code.combinesWithOtherCodes ? 1 : 0)])
            }
        }
    }

    public func completeCheckout(cartID: String, order draft: OrderDraft) throws -> Order {
        let id = SecretKey.make()
        try db.transaction {
            let number = try db.query("SELECT COALESCE(MAX(number), 1000) + 1 FROM orders", row: { $0.int(0) }).first ?? 1001
            try db.run("""
                INSERT INTO orders (id, number, cart_id, status, email, lines, discount_codes, currency, subtotal, discount,
                    tax, total, created_at) VALUES (?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), .integer(number), .text(cartID), .text(draft.email), .text(json(draft.lines)),
                      .text(json(draft.discountCodes)), .text(draft.total.currency.rawValue), .integer(draft.subtotal.minorUnits),
                      .integer(draft.discount.minorUnits), .integer(draft.tax.minorUnits), .integer(draft.total.minorUnits),
                      .integer(draft.createdAt.milliseconds)])
            try db.run("UPDATE carts SET status = 'COMPLETED', updated_at = ? WHERE id = ?",
                       [.integer(draft.createdAt.milliseconds), .text(cartID)])
        }
        return try orders(ids: [id])[id]!
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
