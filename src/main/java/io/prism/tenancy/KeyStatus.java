package io.prism.tenancy;

import java.time.OffsetDateTime;

/**
 * Where an API key stands at a given moment. Authentication and the key listings derive it from the same stored
 * times with this one rule, so a key the listing calls RETIRED is exactly one that authentication refuses as such.
 * When several apply, the first of revoked, expired, retired wins.
 */
public enum KeyStatus {
    /** The key works. */
    ACTIVE,
    /** The key was rotated and works until the end of its overlap window. */
    ROTATING,
    /** The key was rotated and its overlap window has ended. */
    RETIRED,
    /** The key's expiry has passed. */
    EXPIRED,
    /** The key was revoked. */
    REVOKED;

    /**
     * @param revokedAt when the key was revoked, or null
     * @param expiresAt when it expires, or null for never
     * @param retiresAt when a rotated key stops working, or null when it was not rotated
     */
    public static KeyStatus of(OffsetDateTime revokedAt, OffsetDateTime expiresAt, OffsetDateTime retiresAt,
                               OffsetDateTime now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return EXPIRED;
        }
        if (retiresAt == null) {
            return ACTIVE;
        }
        return retiresAt.isAfter(now) ? ROTATING : RETIRED;
    }

    /** True when a request with the key is let in. */
    public boolean works() {
        return this == ACTIVE || this == ROTATING;
    }
}
