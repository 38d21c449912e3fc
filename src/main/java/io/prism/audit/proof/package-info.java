/**
 * Transparency-log primitives for PRISM's tamper-evident audit trail: RFC 9162 Merkle tree hashes with inclusion
 * and consistency proofs, C2SP tlog-checkpoint bodies, and C2SP signed notes with Ed25519 signatures.
 *
 * <p>Everything here is pure Java on the JDK's SHA-256, Ed25519 and Base64, with no framework, database or
 * third-party cryptography; the leaves of a tree come through {@link io.prism.audit.proof.LeafHashes}, so the
 * caller decides where they are stored. Proof verifiers answer {@code false} to any malformed input and never
 * throw, while generators and parsers reject bad arguments with an {@link IllegalArgumentException}.
 */
package io.prism.audit.proof;
