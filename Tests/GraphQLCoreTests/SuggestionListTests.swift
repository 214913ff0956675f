import Testing
@testable import GraphQLCore

@Suite struct SuggestionListTests {
    @Test func closeOptionsClosestFirst() {
        #expect(suggestionList("titel", options: ["title", "handle", "tile", "vendor"]) == ["title", "tile"])  // graphql-core agrees
        #expect(suggestionList("GREEN", options: ["green", "GREENISH", "RED"]) == ["green", "GREENISH", "RED"])
        #expect(suggestionList("abc", options: ["xyz"]) == [])
    }

    @Test func naturalOrderForTies() {
        #expect(suggestionList("a", options: ["a10", "a2", "a1"]) == ["a1", "a2"])
        #expect(naturalCompare("a2", "a10") < 0)
    }

    @Test func didYouMeanWording() {
        #expect(didYouMean([]) == "")
        #expect(didYouMean(["a"]) == " Did you mean \"a\"?")
        #expect(didYouMean(["a", "b"]) == " Did you mean \"a\" or \"b\"?")
        #expect(didYouMean(["a", "b", "c", "d", "e", "f"]) == " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?")
        #expect(didYouMean(["X"], subMessage: "the enum value") == " Did you mean the enum value \"X\"?")
    }
}
