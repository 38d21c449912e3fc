package io.prism.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.prism.data.AccountRepository.KeyGrant;
import io.prism.data.CatalogChanges;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The grants of recently used API keys, by the SHA-256 hash of the secret, so that authenticating a known key costs
 * no database transaction. A grant holds the key's timestamps (expiry, revocation, end of a rotation's overlap), and
 * its status is judged afresh on every request from them, so a cached key still expires on time.
 *
 * <p>Every change that matters to authentication sends a notice on the change channel when it commits (migration
 * V15: a key's revocation, expiry, scopes or rotation, by key id; a tenant's name, tier or settings, by tenant id;
 * a deleted key or tenant), and each replica drops the grants it names ({@link NoticedCache}). So a revocation takes
 * effect on every replica as soon as its notice arrives, well within a second, and on the replica that made the
 * change as soon as it commits. Unknown keys are never cached: a
 * client that guesses keys cannot fill the cache, and the failed-authentication limit applies to it.
 */
@Component
public class KeyGrantCache {

    /** The most grants kept. */
    static final long MAX_ENTRIES = 10_000;
    /** The longest a grant is kept, whatever the notices say. */
    static final Duration TTL = Duration.ofMinutes(10);

    private final NoticedCache<String, Optional<KeyGrant>> grants;

    public KeyGrantCache(CatalogChanges changes, MeterRegistry registry) {
        this.grants = new NoticedCache<>("key-grants", MAX_ENTRIES, TTL, changes, registry,
                (hash, grant, id) -> grant.map(g -> g.keyId().equals(id) || g.tenant().value().equals(id))
                        .orElse(true));
    }

    /** The grant of the key with this hash: cached, or the one {@code lookup} reads (cached when found). */
    Optional<KeyGrant> get(String keyHash, Supplier<Optional<KeyGrant>> lookup) {
        return grants.get(keyHash, lookup, Optional::isPresent);
    }

    /** Drops the grants of a key or tenant id at once, on this replica (the notice does it on the others). */
    void forget(UUID keyOrTenantId) {
        grants.forget(keyOrTenantId);
    }
}
