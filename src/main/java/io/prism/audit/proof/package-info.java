/**
 * Transparency-log primitives: RFC 9162 Merkle tree hashes with inclusion and consistency proofs, and C2SP
 * checkpoints signed as notes with Ed25519, so that a third party holding only the public key can check what an
 * audit log committed to. Pure Java on the JDK's own SHA-256 and Ed25519.
 */
package io.prism.audit.proof;
