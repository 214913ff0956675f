import Foundation

extension Storefront {
    /// Checks lines to add: count, merchandise ids (one variant batch for all), quantities and stock.
    func validate(_ lines: [CartLineInput], path: [String], errors: inout [UserError]) async throws(CommerceError) -> [LineAddition] {
        guard checkCount(lines.count, path: path, errors: &errors) else { return [] }
        let ids = lines.map { GlobalID.numeric($0.merchandiseId, type: "ProductVariant") }
        let found = try await backendCall { try await variants.loadMany(ids.compactMap { $0 }) }
        var additions: [LineAddition] = []
        var requested: [Int64: Int] = [:]
        for (index, line) in lines.enumerated() {
            let linePath = path + [String(index)]
            guard let id = ids[index], let variant = found[id] else {
                errors.append(UserError(field: linePath + ["merchandiseId"],
                                        message: "The merchandise \(line.merchandiseId) does not exist.", code: .INVALID_MERCHANDISE_LINE))
                continue
            }
            guard checkQuantity(line.quantity, minimum: 1, path: linePath + ["quantity"], errors: &errors) else { continue }
            requested[id, default: 0] += line.quantity
            // Lines of one variant merge: the merged line keeps to the per-line maximum too.
            if requested[id]! > settings.maximumLineQuantity {
                errors.append(lineMaximumExceeded(path: linePath + ["quantity"], quantity: requested[id]!))
                continue
            }
            if requested[id]! > variant.quantityAvailable {
                errors.append(UserError(field: linePath + ["quantity"],
                                        message: "Only \(variant.quantityAvailable) units of \(line.merchandiseId) are in stock.", code: .NOT_ENOUGH_STOCK))
                continue
            }
            additions.append(LineAddition(variantID: id, quantity: line.quantity))
        }
        return additions
    }

    /// Checks new line quantities against stock (the lines must exist; the backend reports those that do not).
    func checkStock(updates: [LineQuantity], cartKey: String, errors: inout [UserError]) async throws(CommerceError) {
        guard let cart = try await backendCall({ try await channelCarts.carts(ids: [cartKey]) })[cartKey] else { return }
        let variantOf = Dictionary(cart.lines.map { ($0.id, $0.variantID) }, uniquingKeysWith: { a, _ in a })
        let found = try await backendCall { try await variants.loadMany(Array(Set(variantOf.values))) }
        for (index, update) in updates.enumerated() where update.quantity > 0 {
            guard let variantID = variantOf[update.lineID], let variant = found[variantID] else { continue }
            if update.quantity > variant.quantityAvailable {
                errors.append(UserError(field: ["lines", String(index), "quantity"],
                                        message: "Only \(variant.quantityAvailable) units are in stock.", code: .NOT_ENOUGH_STOCK))
            }
        }
    }

    /// Checks discount codes: count, blanks, existence; returns them as the store spells them, without repeats.
    func validate(codes: [String], path: [String], errors: inout [UserError]) async throws(CommerceError) -> [String] {
        if codes.count > settings.maximumDiscountCodes {
            errors.append(UserError(field: path, message: "At most \(settings.maximumDiscountCodes) discount codes are allowed; got \(codes.count).", code: .TOO_MANY_ITEMS))
            return []
        }
        let trimmed = codes.map { $0.trimmingCharacters(in: .whitespaces) }
        let known = trimmed.contains { !$0.isEmpty }
            ? try await backendCall { try await backends.carts.discountCodes(codes: trimmed.filter { !$0.isEmpty }) } : [:]
        var result: [String] = []
        for (index, code) in trimmed.enumerated() {
            guard !code.isEmpty else {
                errors.append(UserError(field: path + [String(index)], message: "A discount code cannot be blank.", code: .BLANK))
                continue
            }
            guard let definition = known[code.lowercased()] else {
                errors.append(UserError(field: path + [String(index)], message: "The discount code \(code) does not exist.", code: .DISCOUNT_CODE_NOT_FOUND))
                continue
            }
            if !result.contains(definition.code) { result.append(definition.code) }
        }
        return result
    }

    /// Checks a buyer identity; blank fields become nil.
    func validate(_ input: CartBuyerIdentityInput, path: [String], errors: inout [UserError]) -> BuyerIdentity {
        func clean(_ value: String?) -> String? {
            let trimmed = value?.trimmingCharacters(in: .whitespaces)
            return trimmed?.isEmpty == false ? trimmed : nil
        }
        let identity = BuyerIdentity(email: clean(input.email), phone: clean(input.phone), countryCode: clean(input.countryCode))
        if let email = identity.email, !InputFormat.isEmail(email) {
            errors.append(UserError(field: path + ["email"], message: "\"\(email)\" is not an email address.", code: .INVALID))
        }
        if let phone = identity.phone, !InputFormat.isPhone(phone) {
            errors.append(UserError(field: path + ["phone"], message: "\"\(phone)\" is not a phone number in E.164 form such as +4930123456.", code: .INVALID))
        }
        if let country = identity.countryCode, !InputFormat.isCountryCode(country) {
            errors.append(UserError(field: path + ["countryCode"], message: "\"\(country)\" is not a two-letter country code such as DE.", code: .INVALID))
        }
        return identity
    }
}
