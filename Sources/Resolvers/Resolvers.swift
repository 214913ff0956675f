/// The commerce domain behind `schema.graphql`: products, content modules and carts.
public enum Resolvers {}
