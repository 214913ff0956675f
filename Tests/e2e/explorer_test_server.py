#!/usr/bin/env python3
"""A stand-in server for the explorer's end-to-end test.

Serves an explorer page (a file rendered from the Swift sources by
render_explorer_page.sh) at / and /explorer, and a small storefront schema with
graphql-core at /graphql, guarded by a bearer token like `concord serve`:

    explorer_test_server.py PORT PAGE.html TOKEN [--engine CONCORD_BINARY]

Requests without `Authorization: Bearer TOKEN` get 401. With --engine, operations run
through Concord's own engine (`concord exec` on the same schema, with ROOT_VALUE as its
JSON root) instead of graphql-core. Needs graphql-core.
"""

import json
import os
import subprocess
import sys
import tempfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from graphql import build_schema, graphql_sync

SDL = '''
"""Concord's storefront API (test double)."""
schema { query: Query mutation: Mutation }

"""An object with a globally unique, opaque id."""
interface Node { "The object's global id." id: ID! }

"""A monetary value: a decimal amount as a string, and its currency."""
type Money {
  "The decimal amount, such as `29.99`."
  amount: String!
  "The ISO 4217 currency code."
  currencyCode: CurrencyCode!
}

"""The currencies the store sells in."""
enum CurrencyCode { "Euro." EUR "US dollar." USD "Pound sterling." GBP @deprecated(reason: "No longer sold in GBP.") }

"""The order in which products are listed."""
enum ProductSortKeys { TITLE PRICE CREATED_AT BEST_SELLING RELEVANCE }

"""A product offered for sale, with its variants and images."""
type Product implements Node {
  id: ID!
  "A unique, human-friendly string for the product, used in URLs."
  handle: String!
  "The product's name."
  title: String!
  "A plain-text description."
  description: String
  "The product's price range."
  price: Money!
  "The product's tags."
  tags: [String!]!
  "Use `tags` instead."
  keywords: [String!] @deprecated(reason: "Use `tags`.")
}

"""A group of products, like a shop window."""
type Collection implements Node {
  id: ID!
  handle: String!
  title: String!
  "The collection's products, in the merchant's order."
  products(first: Int = 10): [Product!]!
}

"""A block of content on a page."""
union ContentModule = Hero | RichText

"""A large banner with a title. Markup in a description is text: <img src=x onerror="window.pwned=1">."""
type Hero { title: String! imageUrl: String }
"""Formatted text."""
type RichText { html: String! }

"""A line to add to a cart."""
input CartLineInput {
  "The id of the product variant."
  merchandiseId: ID!
  "How many units."
  quantity: Int = 1
}

"""The result of a cart mutation."""
type CartPayload { cartId: ID "Problems with the input." userErrors: [UserError!]! }
"""A problem with a mutation's input."""
type UserError { field: [String!] message: String! code: String }

type Query {
  "Fetches a product by handle."
  product(handle: String!): Product
  "Lists products, optionally filtered by a search query."
  products(first: Int = 10, query: String, sortKey: ProductSortKeys = RELEVANCE, reverse: Boolean = false): [Product!]!
  "Lists collections."
  collections(first: Int = 10): [Collection!]!
  "The modules of a content page."
  page(handle: String!): [ContentModule!]!
  "Fetches any object by its global id."
  node(id: ID!): Node
}

type Mutation {
  "Creates a cart with the given lines."
  cartCreate(lines: [CartLineInput!]!): CartPayload!
}
'''

SCHEMA = build_schema(SDL)

PRODUCTS = [
    {"id": "UHJvZHVjdDox", "handle": "linen-shirt", "title": "Linen Shirt",
     "description": "A breathable shirt.", "price": {"amount": "49.00", "currencyCode": "EUR"},
     "tags": ["summer", "shirts"], "keywords": ["summer"], "__typename": "Product"},
    {"id": "UHJvZHVjdDoy", "handle": "wool-scarf", "title": "Wool Scarf",
     "description": "A warm scarf.", "price": {"amount": "29.99", "currencyCode": "EUR"},
     "tags": ["winter"], "keywords": [], "__typename": "Product"},
    {"id": "UHJvZHVjdDoz", "handle": "canvas-tote", "title": "Canvas Tote",
     "description": None, "price": {"amount": "19.50", "currencyCode": "EUR"},
     "tags": ["bags"], "keywords": [], "__typename": "Product"},
]


def products(_info, first=10, query=None, sortKey="RELEVANCE", reverse=False):
    items = [p for p in PRODUCTS if not query or query.lower() in p["title"].lower()]
    if sortKey == "TITLE":
        items.sort(key=lambda p: p["title"])
    if reverse:
        items.reverse()
    return items[:first]


ROOT = {
    "product": lambda _i, handle: next((p for p in PRODUCTS if p["handle"] == handle), None),
    "products": products,
    "collections": lambda _i, first=10: [
        {"id": "Q29sbGVjdGlvbjox", "handle": "all", "title": "All products",
         "products": lambda _i2, first=10: PRODUCTS[:first]}][:first],
    "page": lambda _i, handle: [
        {"__typename": "Hero", "title": "Summer sale", "imageUrl": None},
        {"__typename": "RichText", "html": "<p>Hello</p>"}],
    "node": lambda _i, id: next((p for p in PRODUCTS if p["id"] == id), None),
    "cartCreate": lambda _i, lines: {"cartId": "Q2FydDox", "userErrors": []},
}


# The same data as a JSON root value, for `concord exec` (arguments are not interpreted).
ROOT_VALUE = {
    "products": PRODUCTS,
    "product": PRODUCTS[0],
    "collections": [{"id": "Q29sbGVjdGlvbjox", "handle": "all", "title": "All products", "products": PRODUCTS}],
    "page": [{"__typename": "Hero", "title": "Summer sale", "imageUrl": None},
             {"__typename": "RichText", "html": "<p>Hello</p>"}],
    "node": PRODUCTS[0],
    "cartCreate": {"cartId": "Q2FydDox", "userErrors": []},
}


def execute_with_concord(binary, request):
    """Runs a request with `concord exec`; returns the response object."""
    with tempfile.TemporaryDirectory() as tmp:
        def write(name, text):
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(text)
            return path
        command = [binary, "exec", "--schema", write("schema.graphql", SDL),
                   "--root", write("root.json", json.dumps(ROOT_VALUE)),
                   "--query", write("query.graphql", request.get("query") or "")]
        if request.get("variables"):
            command += ["--variables", write("variables.json", json.dumps(request["variables"]))]
        if request.get("operationName"):
            command += ["--operation", request["operationName"]]
        run = subprocess.run(command, capture_output=True, text=True, timeout=30)
    if run.returncode != 0:
        return {"errors": [{"message": "concord exec failed: " + run.stderr.strip()}]}
    return json.loads(run.stdout)


def resolve_type(value, _info, _type):
    return value.get("__typename")


for name in ("Node", "ContentModule"):
    SCHEMA.type_map[name].resolve_type = resolve_type


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    page = b""
    page_headers = []
    token = ""
    engine = None

    def log_message(self, fmt, *args):
        pass

    def send(self, status, body, ctype, headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path in ("/", "/explorer"):
            return self.send(200, self.page, "text/html; charset=utf-8",
                             [h for h in self.page_headers if h[0].lower() != "content-type"])
        name = path[len("/explorer/"):] if path.startswith("/explorer/") else ""
        if name in self.files:  # the page's own files, as concord serves them
            kind = "text/javascript; charset=utf-8" if name.endswith(".js") else "text/css; charset=utf-8"
            return self.send(200, self.files[name], kind,
                             [("Cache-Control", "public, max-age=31536000, immutable"), ("X-Content-Type-Options", "nosniff")])
        self.send(404, b"not found", "text/plain")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if self.path.split("?", 1)[0] != "/graphql":
            return self.send(404, b"not found", "text/plain")
        if self.headers.get("Authorization") != "Bearer " + self.token:
            body = json.dumps({"errors": [{"message": "A valid token is required.",
                                           "extensions": {"code": "UNAUTHENTICATED"}}]})
            return self.send(401, body.encode(), "application/json")
        try:
            request = json.loads(raw)
        except ValueError:
            return self.send(400, b'{"errors":[{"message":"bad JSON"}]}', "application/json")
        if self.engine:
            payload = execute_with_concord(self.engine, request)
        else:
            result = graphql_sync(SCHEMA, request.get("query") or "", root_value=ROOT,
                                  variable_values=request.get("variables"),
                                  operation_name=request.get("operationName"))
            payload = {}
            if result.errors:
                payload["errors"] = [e.formatted for e in result.errors]
            if result.data is not None or not result.errors:
                payload["data"] = result.data
        status = 200 if "data" in payload else 400
        self.send(status, json.dumps(payload).encode(), "application/graphql-response+json; charset=utf-8")


def main():
    port, page, token = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    with open(page, "rb") as f:
        Handler.page = f.read()
    try:  # the headers ExplorerPage.responseHeaders asks for, written by render_explorer_page.sh
        with open(page + ".headers") as f:
            Handler.page_headers = [tuple(line.rstrip("\n").split(": ", 1)) for line in f if ": " in line]
    except FileNotFoundError:
        pass
    Handler.files = {}
    if os.path.isdir(page + ".files"):  # written by render_explorer_page.sh beside the page
        for name in os.listdir(page + ".files"):
            with open(os.path.join(page + ".files", name), "rb") as f:
                Handler.files[name] = f.read()
    Handler.token = token
    if len(sys.argv) > 5 and sys.argv[4] == "--engine":
        Handler.engine = sys.argv[5]
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print("listening on http://127.0.0.1:%d/" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
