#!/usr/bin/env python3
"""Checks a running upstream against the contract's JSON Schemas: sends one request per call (each
request checked against its schema first) and checks each answer. Needs python3-jsonschema.

    python3 docs/upstream-contract/validate.py http://127.0.0.1:9001
"""
import json, pathlib, sys, urllib.request
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

here = pathlib.Path(__file__).parent
schemas = {p.name: json.loads(p.read_text()) for p in here.glob("*.schema.json")}
registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())

def check(name, value):
    errors = list(Draft202012Validator(schemas[name + ".schema.json"], registry=registry).iter_errors(value))
    if errors: raise SystemExit(f"{name}: {errors[0].message} at {list(errors[0].absolute_path)}")

def call(base, path, request, request_schema, answer_schema):
    check(request_schema, request)
    req = urllib.request.Request(base + path, data=json.dumps(request).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as response:
        assert response.headers["Content-Type"].startswith("application/json"), path
        answer = json.load(response)
    check(answer_schema, answer)
    return answer

base = sys.argv[1].rstrip("/")
everything = {"terms": [], "tags": [], "vendors": [], "productTypes": []}
window = {"limit": 5, "fromEnd": False}
page = call(base, "/v1/catalog/products/search", {"filter": everything, "sortKey": "PRICE", "reverse": False, "window": window},
            "product-search-request", "product-window-answer")
after = dict(window, after=page["items"][-1]["position"])
call(base, "/v1/catalog/products/search", {"filter": everything, "sortKey": "RELEVANCE", "reverse": False, "window": after},
     "product-search-request", "product-window-answer")
ids = [entry["item"]["id"] for entry in page["items"]]
call(base, "/v1/catalog/products/by-ids", {"ids": ids + [999999]}, "ids-request", "products-answer")
call(base, "/v1/catalog/products/by-handles", {"handles": [page["items"][0]["item"]["handle"]]}, "handles-request", "products-answer")
variants = [v["id"] for entry in page["items"] for v in entry["item"]["variants"]]
call(base, "/v1/catalog/variants/by-ids", {"ids": variants}, "ids-request", "variants-answer")
call(base, "/v1/catalog/products/count", {"filter": everything}, "product-count-request", "count-answer")
channels = call(base, "/v1/catalog/channels", {"includeDrafts": False}, "page-count-request", "channels-answer")["channels"]
for channel in channels:
    context = {"channel": channel["code"], "currency": channel["currency"], "stockLocations": channel["stockLocations"],
               "languages": channel["languages"]}
    call(base, "/v1/catalog/products/search", {"filter": everything, "sortKey": "TITLE", "reverse": False, "window": window,
                                               "context": context}, "product-search-request", "product-window-answer")
    call(base, "/v1/catalog/products/by-ids", {"ids": ids, "context": context}, "ids-request", "products-answer")
collections = call(base, "/v1/catalog/collections/search", {"terms": [], "sortKey": "TITLE", "reverse": True, "window": window},
                   "collection-search-request", "collection-window-answer")
call(base, "/v1/catalog/collections/by-ids", {"ids": [c["item"]["id"] for c in collections["items"]]}, "ids-request", "collections-answer")
call(base, "/v1/catalog/collections/by-handles", {"handles": [c["item"]["handle"] for c in collections["items"]]}, "handles-request", "collections-answer")
call(base, "/v1/catalog/collections/count", {"terms": []}, "collection-count-request", "count-answer")
pages = call(base, "/v1/content/pages/list", {"window": window, "includeDrafts": True}, "page-list-request", "page-window-answer")
call(base, "/v1/content/pages/by-ids", {"ids": [p["item"]["id"] for p in pages["items"]]}, "ids-request", "pages-answer")
call(base, "/v1/content/pages/by-handles", {"handles": [p["item"]["handle"] for p in pages["items"]]}, "handles-request", "pages-answer")
call(base, "/v1/content/pages/count", {"includeDrafts": False}, "page-count-request", "count-answer")
call(base, "/v1/content/title-locales", {"includeDrafts": True}, "page-count-request", "locales-answer")
try:
    call(base, "/v1/catalog/products/by-ids", {"ids": [1]}, "ids-request", "products-answer")
    urllib.request.urlopen(urllib.request.Request(base + "/v1/catalog/products/by-ids", data=b"{}"))
except urllib.error.HTTPError as error:
    assert error.code == 400
    check("error-answer", json.load(error))
print("every call and answer follows the contract")
