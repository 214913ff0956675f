import Foundation

/// Which of a cart's codes apply, and what they take off. Each code's eligibility (dates, minimum
/// subtotal) is judged on the subtotal before any discount. The choices are: all eligible codes
/// that combine, stacked in the order entered, each taking its share of what the codes before it
/// left (never below zero); or any one eligible code that does not combine, alone. The choice
/// taking off the most applies (on a tie, the one whose first code was entered first); the other
/// eligible codes are reported with `DOES_NOT_COMBINE`.
enum DiscountSelection {
    /// The entries for `codes` (in order) and the total discount on `subtotal`.
    static func apply(_ codes: [String], known: [String: DiscountCode], subtotal: Money,
                      now: Date) -> (entries: [DiscountApplication], discount: Money) {
        var entries: [DiscountApplication] = []
        var eligible: [(index: Int, code: DiscountCode)] = []
        for code in codes {
            guard let definition = known[code.lowercased()] else {
                entries.append(DiscountApplication(code: code, applicable: false, reason: .UNKNOWN_CODE, combinesWithOtherCodes: false))
                continue
            }
            let reason = definition.ineligibility(subtotal: subtotal, now: now)
            if reason == nil { eligible.append((entries.count, definition)) }
            entries.append(DiscountApplication(code: definition.code, applicable: false, reason: reason,
                                               combinesWithOtherCodes: definition.combinesWithOtherCodes))
        }
        var choices: [[(index: Int, code: DiscountCode)]] = []
        let stack = eligible.filter(\.code.combinesWithOtherCodes)
        if !stack.isEmpty { choices.append(stack) }
        for entry in eligible where !entry.code.combinesWithOtherCodes { choices.append([entry]) }
        // The best choice: the most taken off, then the earliest first code.
        var best: (offs: [(index: Int, off: Int64)], total: Int64, first: Int)?
        for choice in choices {
            var remaining = subtotal
            var offs: [(index: Int, off: Int64)] = []
            for entry in choice {
                let off = entry.code.discount(on: remaining).minorUnits
                remaining.minorUnits -= off
                offs.append((entry.index, off))
            }
            let total = subtotal.minorUnits - remaining.minorUnits
            if best == nil || total > best!.total || (total == best!.total && choice[0].index < best!.first) {
                best = (offs, total, choice[0].index)
            }
        }
        for entry in eligible { entries[entry.index].reason = .DOES_NOT_COMBINE }
        for (index, off) in best?.offs ?? [] {
            entries[index].applicable = off > 0
            entries[index].reason = off > 0 ? nil : .NOTHING_TO_DISCOUNT
        }
        return (entries, Money(minorUnits: best?.total ?? 0, currency: subtotal.currency))
    }
}
