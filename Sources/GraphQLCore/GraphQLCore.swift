/// Concord's GraphQL engine.
public enum GraphQLCore {}
