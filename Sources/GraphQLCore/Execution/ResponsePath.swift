/// A response path as an immutable linked list: each step points at its parent, so a step
/// costs one small allocation and nothing is copied; it becomes an array only when an error
/// needs it (as graphql-js's `Path`).
public final class ResponsePath: Sendable {
    /// The path to the parent, or `nil` at the root.
    public let parent: ResponsePath?
    /// This step: a response key or a list index.
    public let component: PathComponent

    /// A step below `parent`.
    public init(_ parent: ResponsePath?, _ component: PathComponent) {
        self.parent = parent
        self.component = component
    }

    /// The steps from the root, as errors report them.
    public var components: [PathComponent] { ResponsePath.flatten(parent, component) }

    /// The steps of `parent` followed by `last`.
    static func flatten(_ parent: ResponsePath?, _ last: PathComponent) -> [PathComponent] {
        var steps = [last]
        var node = parent
        while let current = node {
            steps.append(current.component)
            node = current.parent
        }
        steps.reverse()
        return steps
    }
}
