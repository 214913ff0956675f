#!/usr/bin/env node
// Unit tests of the explorer's pure logic (tokenizer, highlighter roles, the completion
// context walker, the prettifier), run in Node on the script the page really ships.
//
//   node explorer_logic_test.js [ASSETS_FOLDER]
//
// The scripts are read from Sources/ConcordServer/Explorer/Assets (or ASSETS_FOLDER): the
// tokenizer, completion and prettifier files, which touch no DOM when loaded. Schemas come from graphql-js (Debian's node-graphql), which is also
// the reference the prettifier is compared with. Exits 1 on failure.
'use strict';
const fs = require('fs');
const vm = require('vm');
const path = require('path');
let graphql;
try {
  graphql = require('graphql');
} catch (err) {
  try { graphql = require('/usr/share/nodejs/graphql'); } catch (err2) {
    console.log('SKIP  explorer logic tests: graphql-js not found (apt-get install node-graphql)');
    process.exit(0);
  }
}

// The explorer's own files, as the server bundles them: the parts before the documentation
// browser, which touch no DOM when loaded.
const assets = process.argv[2] || path.join(__dirname, '..', '..', 'Sources', 'ConcordServer', 'Explorer', 'Assets');
const script = ['editor.js', 'completion.js', 'format.js'].map((name) => fs.readFileSync(path.join(assets, name), 'utf8')).join('');
const context = vm.createContext({ document: {}, getComputedStyle: () => ({}), console });
vm.runInContext("'use strict';\n" + script +
  '\n;({ lexGraphQL, classifyGraphQL, lexJSON, paintTokens, Schema, walkContext, completionsAt, rankItems, prettifyGraphQL, isSignificant });', context);
const api = vm.runInContext('({ lexGraphQL, classifyGraphQL, lexJSON, paintTokens, Schema, walkContext, completionsAt, rankItems, prettifyGraphQL, isSignificant })', context);

let failures = 0, passes = 0;
function check(ok, what, detail) {
  if (ok) { passes++; return; }
  failures++;
  console.log('FAIL  ' + what + (detail !== undefined ? '\n      ' + detail : ''));
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// ------------------------------------------------------------ schema
const sdl = `
"A storefront."
schema { query: Query mutation: Mutation }
interface Node { id: ID! }
type Money { amount: String! currencyCode: CurrencyCode! }
enum CurrencyCode { EUR USD GBP @deprecated(reason: "gone") }
enum SortKey { TITLE PRICE }
type Product implements Node { id: ID! title: String! price: Money! variants(first: Int!, after: String): [Variant!]! old: String @deprecated }
type Variant implements Node { id: ID! sku: String product: Product! }
union SearchResult = Product | Variant
input ImageTransform { maxWidth: Int maxHeight: Int format: ImageFormat = WEBP }
enum ImageFormat { JPG PNG WEBP }
input LineInput { merchandiseId: ID! quantity: Int = 1 }
input CartInput { lines: [LineInput!] buyer: BuyerInput }
input BuyerInput { email: String countryCode: String }
type Query {
  products(first: Int = 10, sortKey: SortKey, reverse: Boolean): [Product!]!
  product(id: ID!): Product
  search(query: String!): [SearchResult!]!
  node(id: ID!): Node
  image(transform: ImageTransform): String
}
type Mutation { cartCreate(input: CartInput): String }
directive @cached(ttl: Int!) on FIELD | QUERY
`;
const schemaJS = graphql.buildSchema(sdl);
const intro = graphql.introspectionFromSchema(schemaJS);
const schema = new api.Schema(intro.__schema);

function labelsAt(doc) {
  const at = doc.indexOf('|');
  const found = api.completionsAt(schema, doc.replace('|', ''), at);
  return found ? found.items.map(i => i.label) : null;
}
function expectLabels(doc, expected) {
  const got = labelsAt(doc);
  check(same(got, expected), 'completion at ' + JSON.stringify(doc), 'got ' + JSON.stringify(got) + '\n      expected ' + JSON.stringify(expected));
}

// ------------------------------------------------------------ tokenizer
const tricky = 'query Q($a: [Int!]! = [1, -2.5e3]) @x {\n  f(s: "a \\" b", b: """x\n""y"""), g # comment\n  ...F\n}\n"unterminated\n\u00e9 & % """open';
const toks = api.lexGraphQL(tricky);
check(toks.map(t => t.v).join('') === tricky, 'the tokenizer covers every character');
check(toks.every((t, i) => i === 0 || t.s === toks[i - 1].e), 'tokens are contiguous');
const kinds = toks.filter(api.isSignificant).map(t => t.k + ':' + t.v);
for (const k of ['number:-2.5e3', 'string:"a \\" b"', 'block:"""x\n""y"""', 'spread:...', 'invalid:%', 'invalid:\u00e9', 'punct:&']) {
  check(kinds.includes(k), 'the tokenizer reads ' + JSON.stringify(k), JSON.stringify(kinds));
}
check(toks.some(t => t.k === 'comment' && t.v === '# comment'), 'comments run to the end of the line');
check(toks[toks.length - 1].k === 'block', 'an unterminated block string runs to the end');

// ------------------------------------------------------------ highlighter roles
function roles(src) {
  return api.classifyGraphQL(api.lexGraphQL(src)).filter(t => t.c && t.c !== 'punct').map(t => t.c + ':' + t.v);
}
check(same(roles('query Q($v: [ID!] = ["a"], $o: CartInput = {lines: []}) @cached(ttl: 5) { a: product(id: $v) { ...F ... on Product { title } price @skip(if: true) { amount } } products(sortKey: TITLE, reverse: false) { id } }\nfragment F on Product { id }'),
  ['keyword:query', 'def:Q', 'var:$', 'var:v', 'type:ID', 'string:"a"', 'var:$', 'var:o', 'type:CartInput', 'arg:lines',
   'directive:@', 'directive:cached', 'arg:ttl', 'number:5', 'alias:a', 'field:product', 'arg:id', 'var:$', 'var:v',
   'fragment:F', 'keyword:on', 'type:Product', 'field:title', 'field:price', 'directive:@', 'directive:skip', 'arg:if', 'const:true',
   'field:amount', 'field:products', 'arg:sortKey', 'enum:TITLE', 'arg:reverse', 'const:false', 'field:id',
   'keyword:fragment', 'def:F', 'keyword:on', 'type:Product', 'field:id']),
  'the highlighter gives each name its role', JSON.stringify(roles('query Q($v: [ID!] = ["a"], $o: CartInput = {lines: []}) @cached(ttl: 5) { a: product(id: $v) { ...F ... on Product { title } price @skip(if: true) { amount } } products(sortKey: TITLE, reverse: false) { id } }\nfragment F on Product { id }')));
const painted = '{ a(s: "<b>&") }\n"""block\nstring""" # c\n';
const paintedToks = api.classifyGraphQL(api.lexGraphQL(painted));
check(api.paintTokens(paintedToks, 0, painted.length).indexOf('<b>') < 0, 'painting escapes HTML');
const unpaint = html => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
let windowsOk = true;
for (let from = 0; from <= painted.length; from++) {
  for (let to = from; to <= painted.length; to++) {
    if (unpaint(api.paintTokens(paintedToks, from, to)) !== painted.slice(from, to)) windowsOk = false;
  }
}
check(windowsOk, 'painting any window shows exactly that text, cutting tokens at its ends');
check(same(api.lexJSON('{"a": [1, true, "x"]}').filter(t => t.c).map(t => t.c + ':' + t.v),
  ['punct:{', 'key:"a"', 'punct::', 'punct:[', 'number:1', 'punct:,', 'const:true', 'punct:,', 'string:"x"', 'punct:]', 'punct:}']),
  'the JSON highlighter tells keys from strings');

// ------------------------------------------------------------ completion contexts
const productFields = ['id', 'title', 'price', 'variants', 'old', '__typename'];
expectLabels('|', ['query', 'mutation', 'fragment']);
expectLabels('{ |', ['products', 'product', 'search', 'node', 'image', '__typename', '__schema', '__type']);
expectLabels('query { products { | } }', productFields);
expectLabels('query { products { price { | } } }', ['amount', 'currencyCode', '__typename']);
expectLabels('query Named($x: Int) { products(first: $x) { variants(first: 1) { product { | } } } }', productFields);
expectLabels('{ a: product(id: 1) { | } }', productFields);
expectLabels('{ products(|) { id } }', ['first', 'sortKey', 'reverse']);
expectLabels('{ products(first: 1, |) { id } }', ['sortKey', 'reverse']);
expectLabels('{ products(sortKey: |) { id } }', ['TITLE', 'PRICE', 'null']);
expectLabels('{ products(reverse: |) { id } }', ['true', 'false', 'null']);
expectLabels('{ product(id: "x") { price { currencyCode } variants(|) { id } } }', ['first', 'after']);
expectLabels('{ image(transform: {|}) }', ['maxWidth', 'maxHeight', 'format']);
expectLabels('{ image(transform: {maxWidth: 10, |}) }', ['maxHeight', 'format']);
expectLabels('{ image(transform: {format: |}) }', ['JPG', 'PNG', 'WEBP', 'null']);
expectLabels('mutation { cartCreate(input: {lines: [{|}]}) }', ['merchandiseId', 'quantity']);
expectLabels('mutation { cartCreate(input: {lines: [{quantity: 2}], buyer: {|}}) }', ['email', 'countryCode']);
expectLabels('mutation { cartCreate(input: {lines: [{quantity: 2}] |}) }', ['buyer']);
expectLabels('{ search(query: "x") { ... on | } }', ['Product', 'SearchResult', 'Variant']);
expectLabels('{ search(query: "x") { ... on Variant { | } } }', ['id', 'sku', 'product', '__typename']);
expectLabels('{ search(query: "x") { __typename ... on Product { variants(first: 2) { | } } } }', ['id', 'sku', 'product', '__typename']);
expectLabels('{ node(id: 1) { ... on | } }', ['Node', 'Product', 'Variant']);
expectLabels('{ node(id: 1) { ...| } }\nfragment ProductBits on Product { id }', ['on', 'ProductBits']);
expectLabels('fragment ProductBits on Product { | }', productFields);
expectLabels('fragment ProductBits on | { id }', ['Money', 'Mutation', 'Node', 'Product', 'Query', 'SearchResult', 'Variant', '__Directive', '__EnumValue', '__Field', '__InputValue', '__Schema', '__Type']);
expectLabels('query ($a: |) { id }', ['Boolean', 'BuyerInput', 'CartInput', 'CurrencyCode', 'ID', 'ImageFormat', 'ImageTransform', 'Int', 'LineInput', 'SortKey', 'String']);
expectLabels('query ($first: Int, $key: SortKey) { products(first: $|) { id } }', ['$first', '$key']);
expectLabels('{ products @| { id } }', ['@cached', '@include', '@skip']);
expectLabels('query Q @| { id }', ['@cached']);
expectLabels('{ products(first: 1) @cached(|) { id } }', ['ttl']);
expectLabels('{ products { id } }\n{ product(id: 1) { pri| } }', productFields);
expectLabels('{ __type(name: "Product") { fields { | } } }', ['name', 'description', 'args', 'type', 'isDeprecated', 'deprecationReason', '__typename']);
check(labelsAt('{ products(first: 1|) }') === null, 'no completion inside a number');
check(labelsAt('# { prod|') === null, 'no completion inside a comment');
check(labelsAt('{ product(id: "pro|") }') === null, 'no completion inside a string');
expectLabels('{ products { } }\nquery Again { | }', ['products', 'product', 'search', 'node', 'image', '__typename', '__schema', '__type']);
expectLabels('mutation { | }', ['cartCreate', '__typename']);

const ranked = api.rankItems(api.completionsAt(schema, '{ products { ti } }', 15).items, 'ti').map(r => r.item.label);
check(same(ranked, ['title']), 'ranking keeps what matches the typed word', JSON.stringify(ranked));
const fuzzy = api.rankItems(api.completionsAt(schema, '{ products { vrs } }', 16).items, 'vrs').map(r => r.item.label);
check(same(fuzzy, ['variants']), 'ranking matches subsequences', JSON.stringify(fuzzy));
const depr = api.rankItems(api.completionsAt(schema, '{ products { } }', 13).items, '').map(r => r.item.label);
check(depr[depr.length - 1] === 'old', 'deprecated fields are listed last', JSON.stringify(depr));
const withArgs = api.completionsAt(schema, '{ products { var } }', 16).items.find(i => i.label === 'variants');
check(withArgs.insert === 'variants()' && withArgs.back === 1, 'a field with required arguments is inserted with its parentheses');

// ------------------------------------------------------------ unknown names
function unknownIn(doc) {
  const found = [];
  api.walkContext(schema, api.lexGraphQL(doc).filter(api.isSignificant), (t, def) => { if (!def) found.push(t.v); });
  return found;
}
check(same(unknownIn('query Q($f: Int) { a: products(first: $f, colour: RED) { nope title price { amount cents } } product(id: 1) { variants(first: 1, bad: 2) { sku } } }'),
  ['colour', 'nope', 'cents', 'bad']), 'unknown fields and arguments are reported', JSON.stringify(unknownIn('query Q($f: Int) { a: products(first: $f, colour: RED) { nope title price { amount cents } } product(id: 1) { variants(first: 1, bad: 2) { sku } } }')));
check(same(unknownIn('{ image(transform: {maxWidth: 1, depth: 2}) search(query: "x") { __typename ... on Variant { sku nope } } }\nfragment F on Product { title ghost }'),
  ['depth', 'nope', 'ghost']), 'unknown input fields and fields in fragments are reported');
check(same(unknownIn('{ nothing { a b } __type(name: "x") { name } }'), ['nothing']), 'below an unknown field nothing more is reported');

// ------------------------------------------------------------ prettifier
const documents = [
  'query Q($a: [Int!]! = [1,2], $o: In = {a: 1, b: {c: D}}) @dir(x: 1) { a: f(x: {y: [1 2]}, z: $a) @skip(if: true) { ...F ... on T { g } ... @include(if: $b) { h } } } fragment F on T { i }',
  '{a b c}',
  '{ a(x: "s t") { b(y: """block""") } }',
  'mutation   M { cartCreate(input: {lines: [{merchandiseId: "1", quantity: 2}]}) }',
  'subscription S { e }',
  'query Page{products(first:10){edges{cursor node{id title}}pageInfo{hasNextPage}}}',
  '{ ...on T { a } }',
];
for (const doc of documents) {
  let out;
  try { out = api.prettifyGraphQL(doc); } catch (err) { out = 'THROWS ' + err.message; }
  const reference = graphql.print(graphql.parse(doc));
  check(out === reference, 'prettify matches graphql-js print for ' + JSON.stringify(doc), JSON.stringify(out) + '\n      expected ' + JSON.stringify(reference));
  check(api.prettifyGraphQL(out) === out, 'prettify is idempotent for ' + JSON.stringify(doc));
}
const commented = '# top\nquery A { # after brace\n  a # trailing\n  # own line\n  b\n}\n\n# between\nquery B { c }';
const pretty = api.prettifyGraphQL(commented);
check(pretty === '# top\nquery A {  # after brace\n  a  # trailing\n  # own line\n  b\n}\n\n# between\nquery B {\n  c\n}', 'prettify keeps comments', JSON.stringify(pretty));
check(graphql.print(graphql.parse(pretty)) === graphql.print(graphql.parse(commented)), 'prettify with comments keeps the document');
for (const bad of ['{ a ', '{ a ) }', '{ a(s: "x) }', '{ a % }']) {
  let threw = false;
  try { api.prettifyGraphQL(bad); } catch (err) { threw = /at \d+:\d+|Unclosed/.test(err.message); }
  check(threw, 'prettify refuses ' + JSON.stringify(bad) + ' and says where');
}

// ------------------------------------------------------------ robustness
// Every offset of every document (and of random cuts and splices of them): completion, roles and
// unknown-name marks never throw, and prettify only ever throws an Error with a message.
let seed = 42;
const random = n => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const corpus = documents.concat([commented, '{ a(b: [{c: $d}, ...]) @e(f: """g', 'query ($: Int = ) { ... on { } }', '}}}))]]', '"\\', '{ a: : b(: ) @ $ ... on }']);
const samples = corpus.slice();
for (let i = 0; i < 300; i++) {
  const a = corpus[random(corpus.length)], b = corpus[random(corpus.length)];
  samples.push(a.slice(0, random(a.length + 1)) + b.slice(random(b.length + 1)));
}
let crashes = [];
for (const doc of samples) {
  try {
    api.classifyGraphQL(api.lexGraphQL(doc));
    api.walkContext(schema, api.lexGraphQL(doc).filter(api.isSignificant), () => {});
    for (let at = 0; at <= doc.length; at++) api.completionsAt(schema, doc, at);
  } catch (err) { crashes.push(JSON.stringify(doc) + ': ' + err.stack.split('\n')[0]); }
  try { api.prettifyGraphQL(doc); } catch (err) { if (!(err instanceof vm.runInContext('Error', context)) || !err.message) crashes.push('prettify ' + JSON.stringify(doc) + ': ' + err); }
}
check(crashes.length === 0, 'completion, roles and prettify never crash on ' + samples.length + ' documents', crashes.slice(0, 3).join('\n      '));

console.log((failures ? 'explorer logic tests FAILED: ' : 'explorer logic tests passed: ') + passes + ' passed, ' + failures + ' failed');
process.exit(failures ? 1 : 0);
