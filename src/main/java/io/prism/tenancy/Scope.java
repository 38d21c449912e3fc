package io.prism.tenancy;

/** What an API key may do. The names match the GraphQL enum {@code Scope} and the database values. */
public enum Scope {
    READ, WRITE, CALC, KEYS, ADMIN, AUDIT
}
