/// Bounds that keep hostile documents from exhausting the parser: exceeding either is a
/// syntax error (never a stack overflow).
public struct ParseOptions: Sendable, Hashable {
    /// The most tokens a document may have (graphql-js's `maxTokens`; comments are not
    /// counted). The default, one million, admits any real schema (GitHub's public schema
    /// in shared/bench has about 20,000 tokens); servers should pass a far smaller bound for
    /// requests (GraphQL Armor's default is 1,000).
    public var maxTokens: Int
    /// The deepest nesting of selection sets, list and object values and list types
    /// together. The default, 128, is far beyond real documents (which rarely nest 20 deep)
    /// and keeps the parser's stack well within 512 KiB: a release build uses about 1.5 KiB
    /// per level, so 128 levels parse on a 256 KiB stack and 256 on 512 KiB (measured with
    /// `parse-benchmark --nesting`).
    public var maxDepth: Int

    /// The default `maxTokens`.
    public static let defaultMaxTokens = 1_000_000
    /// The default `maxDepth`.
    public static let defaultMaxDepth = 128

    /// Creates options.
    public init(maxTokens: Int = ParseOptions.defaultMaxTokens, maxDepth: Int = ParseOptions.defaultMaxDepth) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }
}
