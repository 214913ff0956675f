import Commerce
import Foundation
import GraphQLCore

/// The executable commerce schema: `schema.graphql` with every field bound to the `Storefront`
/// of the request, which the caller passes as the context value:
///
///     let schema = try CommerceSchema.build(sdl: String(contentsOfFile: "schema.graphql"))
///     let store = Storefront(backends: backends, scopes: callerScopes)   // one per request
///     let result = await PreparedDocument(document, schema: schema).execute(contextValue: store)
public enum CommerceSchema {
    /// Builds the schema from its SDL and binds scalars, resolvers and type resolvers.
    public static func build(sdl: String) throws -> GraphQLSchema {
        let schema = try buildSchema(sdl)
        try bindScalars(schema)
        try bindQuery(schema)
        try bindMutation(schema)
        try bindCatalog(schema)
        try bindConnections(schema)
        try bindContent(schema)
        try bindCarts(schema)
        try bindWebhooks(schema)
        try bindTypeResolvers(schema)
        return schema
    }

    /// The GraphQL type name of a value an interface field returned.
    static func typeName(_ value: Any) -> String? {
        switch value {
        case is Product: return "Product"
        case is ProductVariant: return "ProductVariant"
        case is Collection: return "Collection"
        case is PageView: return "Page"
        case let module as ModuleView: return module.typeName
        case is CartView: return "Cart"
        case is CartLineView: return "CartLine"
        case is Order: return "Order"
        default: return nil
        }
    }

    static func bindTypeResolvers(_ schema: GraphQLSchema) throws {
        let resolver = TypeResolver { value, _, _ in typeName(value) }
        try schema.bindTypeResolver("Node", resolver)
        try schema.bindTypeResolver("ContentModule", resolver)
    }
}
