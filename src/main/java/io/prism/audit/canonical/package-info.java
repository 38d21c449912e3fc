/**
 * The canonical form of JSON documents for the audit trail, per RFC 8785 (JSON Canonicalization Scheme, JCS).
 * Two documents that hold the same data give the same canonical bytes, whatever their member order, whitespace or
 * escaping, so a SHA-256 of those bytes identifies an audited document. Pure Java on top of the Jackson tree model:
 * no framework, no I/O, and a value the canonical form could not hold unchanged is rejected rather than altered.
 */
package io.prism.audit.canonical;
