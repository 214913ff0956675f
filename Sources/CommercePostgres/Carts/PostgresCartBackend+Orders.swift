import Commerce
import Foundation

extension PostgresCartBackend {
    public func discountCodes(codes: [String]) async throws -> [String: DiscountCode] {
        let keys = codes.map(DiscountCode.key).filter(PostgresValue.isStorable)
        guard !keys.isEmpty else { return [:] }
        let rows = try await pool.withConnection { db in
            try db.query("""
                SELECT code_key, code, percentage_basis_points, fixed_amount, currency, minimum_subtotal, starts_at, ends_at,
                    combines_with_other_codes
                FROM discount_codes WHERE code_key = ANY($1::text[])
                """, [.textArray(keys)]) { row -> (String, DiscountCode) in
                let currency = CurrencyCode(rawValue: try row.text(4)) ?? .EUR
                let kind: DiscountCode.Kind = try row.optionalInt(2).map { .percentage(basisPoints: Int($0)) }
                    ?? .fixedAmount(Money(minorUnits: try row.int(3), currency: currency))
                return (try row.text(0), DiscountCode(
                    code: try row.text(1), kind: kind,
                    minimumSubtotal: try row.optionalInt(5).map { Money(minorUnits: $0, currency: currency) },
                    startsAt: try row.optionalInt(6).map(Date.init(milliseconds:)),
                    endsAt: try row.optionalInt(7).map(Date.init(milliseconds:)),
                    combinesWithOtherCodes: try row.bool(8)))
            }
        }
        return Dictionary(rows, uniquingKeysWith: { a, _ in a })
    }

    public func upsertDiscountCodes(_ codes: [DiscountCode]) async throws {
        try await pool.withConnection { db in
            try db.transaction {
                for code in codes {
                    var percentage: Int64?, fixed: Int64?, currency = code.minimumSubtotal?.currency ?? .EUR
                    switch code.kind {
                    case .percentage(let basisPoints): percentage = Int64(basisPoints)
                    case .fixedAmount(let amount): fixed = amount.minorUnits; currency = amount.currency
                    }
                    try db.run("""
                        INSERT INTO discount_codes
                            (code_key, code, percentage_basis_points, fixed_amount, currency, minimum_subtotal, starts_at, ends_at,
                             combines_with_other_codes)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                        ON CONFLICT (code_key) DO UPDATE SET code = EXCLUDED.code,
                            percentage_basis_points = EXCLUDED.percentage_basis_points, fixed_amount = EXCLUDED.fixed_amount,
                            currency = EXCLUDED.currency, minimum_subtotal = EXCLUDED.minimum_subtotal,
                            starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
                            combines_with_other_codes = EXCLUDED.combines_with_other_codes
                        """, [.text(DiscountCode.key(code.code)), .text(code.code), .integer(percentage), .integer(fixed),
                              .text(currency.rawValue), .integer(code.minimumSubtotal?.minorUnits),
                              .integer(code.startsAt?.milliseconds), .integer(code.endsAt?.milliseconds),
                              .boolean(code.combinesWithOtherCodes)])
                }
            }
        }
    }

    public func placeOrder(cartID: String,
                           _ place: @Sendable (Cart, Int?) throws -> (cart: CartEdit, order: Order)) async throws -> Order? {
        guard PostgresValue.isStorable(cartID) else { return nil }
        return try await pool.withConnection { db in
            try db.transaction {
                guard let cart = try Self.lockCart(cartID, db) else { return nil }
                // The one row of order_numbers, locked after the cart (every checkout locks in this order):
                // checkouts on any server number their orders one after another.
                let last = try db.query("SELECT last_number FROM order_numbers FOR UPDATE") { try $0.optionalInt(0) }.first ?? nil
                let (edit, order) = try place(cart, last.map { Int($0) })
                _ = try Self.save(edit, db)
                try db.run("""
                    INSERT INTO orders (id, number, cart_id, status, email, lines, discount_codes, currency, subtotal, discount,
                        tax, total, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                    """, [.text(order.id), .integer(Int64(order.number)), .text(order.cartID), .text(order.status.rawValue),
                          .text(try order.email.map(PostgresJSON.encode)), .text(try PostgresJSON.encode(order.lines)),
                          .text(try PostgresJSON.encode(order.discountCodes)), .text(order.total.currency.rawValue),
                          .integer(order.subtotal.minorUnits), .integer(order.discount.minorUnits), .integer(order.tax.minorUnits),
                          .integer(order.total.minorUnits), .integer(order.createdAt.milliseconds)])
                try db.run("UPDATE order_numbers SET last_number = GREATEST(last_number, $1)", [.integer(Int64(order.number))])
                var stored = order
                stored.createdAt = order.createdAt.inWholeMilliseconds
                try PostgresOutbox.append(.orderCreated(stored), db)
                return stored
            }
        }
    }

    public func orders(ids: [String]) async throws -> [String: Order] {
        let ids = ids.filter(PostgresValue.isStorable)
        guard !ids.isEmpty else { return [:] }
        let rows = try await pool.withConnection { db in
            try db.query("""
                SELECT id, number, cart_id, status, email, lines, discount_codes, currency, subtotal, discount, tax, total, created_at
                FROM orders WHERE id = ANY($1::text[])
                """, [.textArray(ids)]) { row -> Order in
                let currency = CurrencyCode(rawValue: try row.text(7)) ?? .EUR
                func money(_ column: Int32) throws -> Money { Money(minorUnits: try row.int(column), currency: currency) }
                return Order(
                    id: try row.text(0), number: Int(try row.int(1)), cartID: try row.text(2),
                    status: OrderStatus(rawValue: try row.text(3)) ?? .CONFIRMED,
                    email: try row.optionalText(4).map { try PostgresJSON.decode(String.self, from: $0) },
                    lines: try PostgresJSON.decode([OrderLine].self, from: try row.text(5)),
                    discountCodes: try PostgresJSON.decode([String].self, from: try row.text(6)),
                    subtotal: try money(8), discount: try money(9), tax: try money(10), total: try money(11),
                    createdAt: Date(milliseconds: try row.int(12)))
            }
        }
        return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
