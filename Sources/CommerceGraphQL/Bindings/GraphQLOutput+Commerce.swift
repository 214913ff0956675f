import Commerce
import Foundation
import GraphQLCore

// The commerce values as GraphQL outputs: each object type's Swift value, and the type names
// interfaces resolve by (`Node`, `ContentModule`).

extension Product: GraphQLObjectOutput {
    /// `Product`.
    public var graphQLTypeName: String? { "Product" }
}

extension ProductVariant: GraphQLObjectOutput {
    /// `ProductVariant`.
    public var graphQLTypeName: String? { "ProductVariant" }
}

extension Collection: GraphQLObjectOutput {
    /// `Collection`.
    public var graphQLTypeName: String? { "Collection" }
}

extension PageView: GraphQLObjectOutput {
    /// `Page`.
    public var graphQLTypeName: String? { "Page" }
}

extension ModuleView: GraphQLObjectOutput {
    /// The module's own type (`Hero`, `RichText`, ...).
    public var graphQLTypeName: String? { typeName }
}

extension CartView: GraphQLObjectOutput {
    /// `Cart`.
    public var graphQLTypeName: String? { "Cart" }
}

extension CartLineView: GraphQLObjectOutput {
    /// `CartLine`.
    public var graphQLTypeName: String? { "CartLine" }
}

extension Order: GraphQLObjectOutput {
    /// `Order`.
    public var graphQLTypeName: String? { "Order" }
}

extension NodeValue: GraphQLOutput {
    /// The object the node is.
    public var graphQLValue: GraphQLValue {
        switch self {
        case .product(let value): return .object(value)
        case .variant(let value): return .object(value)
        case .collection(let value): return .object(value)
        case .page(let value): return .object(value)
        case .module(let value): return .object(value)
        case .cart(let value): return .object(value)
        case .cartLine(let value): return .object(value)
        case .order(let value): return .object(value)
        }
    }

    /// Known only at run time.
    public static var graphQLObjectSwiftType: Any.Type? { nil }
}

extension Date: GraphQLOutput {
    /// A `DateTime`: ISO 8601.
    public var graphQLValue: GraphQLValue { .string(DateTimeFormat.format(self)) }
    /// A leaf.
    public static var graphQLObjectSwiftType: Any.Type? { nil }
}

extension OrderLine: GraphQLObjectOutput {}
extension OptionView: GraphQLObjectOutput {}
extension LinkView: GraphQLObjectOutput {}
extension SelectedOption: GraphQLObjectOutput {}
extension PriceRange: GraphQLObjectOutput {}
extension Money: GraphQLObjectOutput {}
extension SEO: GraphQLObjectOutput {}
extension Image: GraphQLObjectOutput {}
extension PageInfo: GraphQLObjectOutput {}
extension Connection: GraphQLObjectOutput {}
extension Edge: GraphQLObjectOutput {}
extension Localization: GraphQLObjectOutput {}
extension CartCost: GraphQLObjectOutput {}
extension DiscountApplication: GraphQLObjectOutput {}
extension BuyerIdentity: GraphQLObjectOutput {}
extension UserError: GraphQLObjectOutput {}
extension CartPayload: GraphQLObjectOutput {}
extension CheckoutPayload: GraphQLObjectOutput {}
extension ProductPayload: GraphQLObjectOutput {}
extension InventoryPayload: GraphQLObjectOutput {}
extension PagePayload: GraphQLObjectOutput {}
extension WebhookDelivery: GraphQLObjectOutput {}
extension WebhookRedeliverPayload: GraphQLObjectOutput {}
