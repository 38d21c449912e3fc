package io.prism.audit.proof;

import java.util.Objects;

/** Thrown by {@link NoteVerifier#verify(String)} when a note is not verified; {@link #reason()} says why. */
public final class NoteVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a note was not verified. */
    public enum Reason {
        /** The note does not follow the signed-note format. */
        MALFORMED_NOTE,
        /** The note has no signature line with the verifier's key name and key ID. */
        UNKNOWN_KEY,
        /** A signature line with the verifier's key name and key ID does not verify. */
        BAD_SIGNATURE
    }

    private final Reason reason;

    NoteVerificationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the note was not verified. */
    public Reason reason() {
        return reason;
    }
}
