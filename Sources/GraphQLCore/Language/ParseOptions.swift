/// Bounds that keep hostile documents from exhausting the parser: exceeding either is a
/// syntax error (never a stack overflow).
public struct ParseOptions: Sendable, Hashable {
    /// The most tokens a document may have (graphql-js's `maxTokens`; comments are not
    /// counted). The default, one million, admits any real schema (GitHub's public schema
    /// has about 160,000); servers should pass a far smaller bound for requests.
    public var maxTokens: Int
    /// The deepest nesting of selection sets, list and object values and list types
    /// together. The default, 256, is far beyond real documents and far below what
    /// overflows a 512 KiB thread stack.
    public var maxDepth: Int

    /// The default `maxTokens`.
    public static let defaultMaxTokens = 1_000_000
    /// The default `maxDepth`.
    public static let defaultMaxDepth = 256

    /// Creates options.
    public init(maxTokens: Int = ParseOptions.defaultMaxTokens, maxDepth: Int = ParseOptions.defaultMaxDepth) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }
}
