// The kitchen-sink documents (read from Benchmarks/Data/, which the parse benchmark uses too)
// and graphql-js 16's `print` of each, captured from graphql-js 16.6 with `print(parse(source))`.
import Foundation

/// Documents that use every construct of the language.
enum KitchenSink {
    /// A kitchen-sink document's text, byte order mark kept, without its final line break.
    private static func source(_ name: String) -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/Data/\(name)")
        guard let data = FileManager.default.contents(atPath: url.path) else { fatalError("missing \(url.path)") }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Every executable construct, with a byte order mark, comments, commas and unicode.
    static let executable = source("kitchen-sink.graphql")

    /// Every type-system construct: descriptions, all definitions and all extensions.
    static let typeSystem = source("kitchen-sink-sdl.graphql")

    /// graphql-js 16's `print(parse(executable))`.
    static let executablePrinted = #"""
query queryName($foo: ComplexType, $site: Site = MOBILE, $list: [[Int!]!] = [[1, 2], [3]], $obj: In = {a: {b: [true, null]}}) @onQuery {
  whoever123is: node(
    id: [123, 456]
    neg: -7
    zero: 0
    float: -1.5e-3
    big: 6.02E23
    frac: 0.25
    exp: 1e10
  ) {
    id
    ... on User @onInlineFragment {
      field2 {
        id
        alias: field1(first: 10, after: $foo) @include(if: $foo) {
          id
          ...frag @onFragmentSpread
        }
      }
    }
    ... @skip(unless: $foo) {
      id
    }
    ... {
      id
    }
  }
}

mutation likeStory @onMutation {
  like(story: 123) @onField {
    story {
      id @onField
    }
  }
}

subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
  storyLikeSubscribe(input: $input) {
    story {
      likers {
        count
      }
      likeSentence {
        text
      }
    }
  }
}

fragment frag on Friend @onFragmentDefinition {
  foo(
    size: $size
    bar: $b
    obj: {key: "value", block: """
    block string uses \"""
    """}
  )
  longArguments(
    firstArgument: "a fairly long string"
    secondArgument: 12345
    third: ENUM_VALUE
  )
  escapes(
    s: "quote \" backslash \\ slash / \b \f \n \r \t é 😀 😀 é 😀"
    empty: ""
    emptyList: []
    emptyObject: {}
  )
}

{
  unnamed(
    truthy: true
    falsy: false
    nullish: null
    enum: on
    variableInList: [$a, {x: $b}]
  )
  query
  on: fragment
}

{
  __typename
}
"""#

    /// graphql-js 16's `print(parse(typeSystem))`.
    static let typeSystemPrinted = #"""
"""
The schema's description,
spanning "lines".
"""
schema @onSchema {
  query: QueryType
  mutation: MutationType
  subscription: SubscriptionType
}

extend schema @onSchemaExtension

extend schema {
  subscription: SubscriptionRoot
}

"This is a description of the `Foo` type."
type Foo implements Bar & Baz & Two {
  "Description of the `one` field."
  one: Type
  """This is a description of the `two` field."""
  two(
    """This is a description of the `argument` argument."""
    argument: InputType!
  ): Type
  three(argument: InputType, other: String): Int
  four(argument: String = "string"): String
  five(argument: [String] = ["string", "string"]): String
  six(argument: InputType = {key: "value"}): Type
  seven(argument: Int = null): Type
  eight(argument: OneOfInputType): Type
  unicode: String @deprecated(reason: "Use `ünïcödé` 😀")
}

type AnnotatedObject @onObject(arg: "value") {
  annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
}

type UndefinedType

extend type Foo {
  seven(argument: [String]): Type
}

extend type Foo @onType

extend type Foo implements Quux

interface Bar {
  one: Type
  four(argument: String = "string"): String
}

interface AnnotatedInterface @onInterface {
  annotatedField(arg: Type @onArgumentDefinition): Type @onField
}

interface UndefinedInterface

extend interface Bar implements Two {
  two(argument: InputType!): Type
}

extend interface Bar @onInterface

interface Baz implements Bar & Two {
  one: Type
  two(argument: InputType!): Type
  four(argument: String = "string"): String
}

union Feed = Story | Article | Advert

union AnnotatedUnion @onUnion = A | B

union AnnotatedUnionTwo @onUnion = A | B

union UndefinedUnion

extend union Feed = Photo | Video

extend union Feed @onUnion

scalar CustomScalar

scalar AnnotatedScalar @onScalar

extend scalar CustomScalar @onScalar

enum Site {
  """This is a description of the `DESKTOP` value"""
  DESKTOP
  """This is a description of the `MOBILE` value"""
  MOBILE
  "This is a description of the `WEB` value"
  WEB
}

enum AnnotatedEnum @onEnum {
  ANNOTATED_VALUE @onEnumValue
  OTHER_VALUE
}

enum UndefinedEnum

extend enum Site {
  VR
}

extend enum Site @onEnum

input InputType {
  key: String!
  answer: Int = 42
}

input OneOfInputType @oneOf {
  string: String
  int: Int
}

input AnnotatedInput @onInputObject {
  annotatedField: Type @onInputFieldDefinition
}

input UndefinedInput

extend input InputType {
  other: Float = 1.23e4 @onInputFieldDefinition
}

extend input InputType @onInputObject

"""This is a description of the `@skip` directive"""
directive @skip(
  """This is a description of the `if` argument"""
  if: Boolean! @onArgumentDefinition
) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @include2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @myRepeatableDir(name: String!) repeatable on OBJECT | INTERFACE

directive @everywhere on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

extend schema @onSchema {
  query: Q
}
"""#
}
