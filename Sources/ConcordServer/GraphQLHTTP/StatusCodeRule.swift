/// Which status codes request errors get under `application/graphql-response+json`.
public enum StatusCodeRule: String, Sendable {
    /// As graphql-http's audits (and the reference server's default): 400 for request errors
    /// with `application/graphql-response+json`, 200 with `errors` for `application/json`.
    case audit
    /// As the current GraphQL-over-HTTP draft: 422 for malformed parameters, validation,
    /// operation selection and variable coercion failures, for both media types.
    case draft
}
