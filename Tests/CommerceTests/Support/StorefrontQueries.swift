/// The documents a storefront sends, as the flow tests and the measurements run them.
enum StorefrontQueries {
    static let home = """
        query Home($locale: String) {
          page(handle: "home", locale: $locale) {
            id title locale seo { title description }
            modules {
              __typename
              ... on Hero { heading subheading image { url(transform: {maxWidth: 1200, preferredContentType: WEBP}) altText } callToAction { label url } }
              ... on Banner { text tone link { label url } }
              ... on RichText { html }
              ... on Promo { heading body discountCode endsAt }
              ... on ProductCarousel {
                heading
                products(first: 12) {
                  id handle title availableForSale
                  featuredImage { url(transform: {maxWidth: 400}) altText }
                  priceRange { minVariantPrice { amount currencyCode } }
                  compareAtPriceRange { maxVariantPrice { amount currencyCode } }
                }
              }
              ... on CollectionGrid { heading collections { id handle title image { url altText } } }
            }
          }
        }
        """

    static let collection = """
        query Collection($handle: String!, $after: String) {
          collection(handle: $handle) {
            id title description seo { title description }
            products(first: 50, after: $after, sortKey: PRICE) {
              totalCount
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              edges {
                cursor
                node {
                  id handle title vendor availableForSale
                  featuredImage { url(transform: {maxWidth: 600}) altText width height }
                  priceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
                  compareAtPriceRange { maxVariantPrice { amount } }
                  variants(first: 3) { nodes { id title availableForSale } }
                }
              }
            }
          }
        }
        """

    static let product = """
        query Product($handle: String!) {
          product(handle: $handle) {
            id handle title description descriptionHtml vendor productType tags createdAt availableForSale
            options { id name values }
            priceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
            images(first: 10) { nodes { id url altText width height } }
            variants(first: 250) {
              totalCount
              nodes {
                id title sku availableForSale quantityAvailable
                price { amount currencyCode } compareAtPrice { amount }
                selectedOptions { name value }
                image { url }
                product { handle }
              }
            }
            collections(first: 5) { nodes { handle title } }
            seo { title description }
          }
        }
        """

    static let search = """
        query Search($query: String!, $after: String) {
          products(first: 10, after: $after, query: $query, sortKey: RELEVANCE) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { handle title tags vendor } }
          }
        }
        """

    static let cartFields = """
        fragment CartFields on Cart {
          id totalQuantity status
          lines(first: 250) { edges { cursor node { id quantity merchandise { id title product { title } } cost { amountPerQuantity { amount } subtotalAmount { amount } totalAmount { amount } } } } }
          cost { subtotalAmount { amount currencyCode } totalDiscountAmount { amount } totalTaxAmount { amount } totalAmount { amount } }
          discountCodes { code applicable }
          buyerIdentity { email countryCode }
        }
        """

    static let cartCreate = cartFields + """
        mutation Create($input: CartInput) { cartCreate(input: $input) { cart { ...CartFields } userErrors { field message code } } }
        """

    static let cartLinesAdd = cartFields + """
        mutation Add($cartId: ID!, $lines: [CartLineInput!]!) { cartLinesAdd(cartId: $cartId, lines: $lines) { cart { ...CartFields } userErrors { field message code } } }
        """

    static let cartLinesUpdate = cartFields + """
        mutation Update($cartId: ID!, $lines: [CartLineUpdateInput!]!) { cartLinesUpdate(cartId: $cartId, lines: $lines) { cart { ...CartFields } userErrors { field message code } } }
        """

    static let cartDiscounts = cartFields + """
        mutation Codes($cartId: ID!, $codes: [String!]!) { cartDiscountCodesUpdate(cartId: $cartId, discountCodes: $codes) { cart { ...CartFields } userErrors { field message code } } }
        """

    static let cartBuyer = """
        mutation Buyer($cartId: ID!, $buyer: CartBuyerIdentityInput!) { cartBuyerIdentityUpdate(cartId: $cartId, buyerIdentity: $buyer) { cart { buyerIdentity { email countryCode } } userErrors { field message code } } }
        """

    static let checkout = """
        mutation Checkout($cartId: ID!) {
          cartCheckout(cartId: $cartId) {
            order { id number name status email discountCodes lines { title variantTitle sku quantity unitPrice { amount } totalAmount { amount } variant { quantityAvailable } } subtotalAmount { amount } totalDiscountAmount { amount } totalTaxAmount { amount } totalAmount { amount currencyCode } }
            cart { status }
            userErrors { field message code }
          }
        }
        """
}
