import Commerce
import Foundation
import GraphQLCore

/// The executable commerce schema: `schema.graphql` with every field bound to the `Storefront`
/// of the request, which the caller passes as the context value:
///
///     let schema = try CommerceSchema.build(sdl: String(contentsOfFile: "schema.graphql"))
///     let store = Storefront(backends: backends, scopes: callerScopes)   // one per request
///     let result = await PreparedDocument(document, schema: schema).execute(contextValue: store)
///
/// Every resolver is typed (`SchemaBinder<Storefront>`): a field bound with the wrong parent
/// type, or returning a Swift type other than the one its object type is bound to, makes
/// `build` throw. Interfaces (`Node`, `ContentModule`) resolve their object types from the
/// values' `graphQLTypeName`.
public enum CommerceSchema {
    /// Builds the schema from its SDL and binds scalars and resolvers.
    public static func build(sdl: String) throws -> GraphQLSchema {
        let schema = try buildSchema(sdl)
        let binder = try schema.binder(context: Storefront.self)
        try bindScalars(binder)
        try bindQuery(binder)
        try bindMutation(binder)
        try bindCatalog(binder)
        try bindConnections(binder)
        try bindContent(binder)
        try bindCarts(binder)
        try bindWebhooks(binder)
        return schema
    }
}
