/// The cart domain's tables in PostgreSQL. Times are whole milliseconds since 1970, as every backend
/// stores them; what a buyer typed is JSON text (see `PostgresJSON`). `order_numbers` holds the highest
/// order number in one row, locked by each checkout, so that servers sharing the database number
/// orders one after another; `orders.number` is unique besides.
enum PostgresCartSchema {
    /// The migrations, in version order.
    static let migrator = PostgresMigrator(domain: "carts", migrations: [
        .init(version: 1, sql: """
            CREATE TABLE carts (
                id text PRIMARY KEY,
                status text NOT NULL,
                buyer_identity text NOT NULL,
                discount_codes text NOT NULL,
                created_at bigint NOT NULL,
                updated_at bigint NOT NULL,
                checkout_started_at bigint);
            CREATE INDEX carts_checking_out ON carts (checkout_started_at) WHERE status = 'CHECKING_OUT';
            CREATE TABLE cart_lines (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                cart_id text NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
                variant_id bigint NOT NULL,
                quantity bigint NOT NULL CHECK (quantity > 0),
                UNIQUE (cart_id, variant_id));
            CREATE TABLE discount_codes (
                code_key text PRIMARY KEY,
                code text NOT NULL,
                percentage_basis_points bigint,
                fixed_amount bigint,
                currency text NOT NULL,
                minimum_subtotal bigint,
                starts_at bigint,
                ends_at bigint,
                combines_with_other_codes boolean NOT NULL);
            CREATE TABLE orders (
                id text PRIMARY KEY,
                number bigint NOT NULL UNIQUE,
                cart_id text NOT NULL UNIQUE,
                status text NOT NULL,
                email text,
                lines text NOT NULL,
                discount_codes text NOT NULL,
                currency text NOT NULL,
                subtotal bigint NOT NULL,
                discount bigint NOT NULL,
                tax bigint NOT NULL,
                total bigint NOT NULL,
                created_at bigint NOT NULL);
            CREATE TABLE order_numbers (
                single boolean PRIMARY KEY DEFAULT true CHECK (single),
                last_number bigint);
            INSERT INTO order_numbers DEFAULT VALUES;
            """),
        // Carts keep their channel (issue 13): the carts made before channels are the default channel's, in euros.
        .init(version: 2, sql: """
            ALTER TABLE carts ADD COLUMN channel text NOT NULL DEFAULT 'web-eu';
            ALTER TABLE carts ADD COLUMN currency text NOT NULL DEFAULT 'EUR';
            """),
    ])
}
