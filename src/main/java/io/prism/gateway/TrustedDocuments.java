package io.prism.gateway;

import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.generated.rest.RestRoutes;
import io.prism.web.rest.RestOperation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The trusted documents: the operations of the registry in {@code codegen/rest/operations}, which the REST facade
 * runs and which a tenant with {@code trustedDocumentsOnly} is limited to on the GraphQL endpoint. Each is known by
 * its registry id ({@code speed-feed}) and by the SHA-256 of its exact text (UTF-8 bytes, nothing normalised: a
 * changed space or a missing final newline is another document). The list is fixed at build time and published at
 * {@code /api/v1/trusted-documents.json}.
 */
@Component
public class TrustedDocuments {

    /** Where clients find the list; named in every refusal. */
    public static final String MANIFEST_PATH = "/api/v1/trusted-documents.json";
    private static final String SHA256 = "sha256";
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern CUSTOM_ID = Pattern.compile("[A-Za-z0-9._~-]+");

    private final Map<String, RestOperation> byId = new HashMap<>();
    private final Map<String, RestOperation> byHash = new HashMap<>();
    private final Set<String> texts = new HashSet<>();

    public TrustedDocuments() {
        for (RestOperation op : RestRoutes.ALL) {
            byId.put(op.id(), op);
            byHash.put(op.sha256(), op);
            texts.add(op.document());
        }
    }

    /**
     * The operation a persisted document request names: {@code sha256:<64 hex digits>} (the hash of its text) or its
     * registry id. Any other value is BAD_USER_INPUT on {@code documentId}; a well-formed id that names nothing is
     * NOT_FOUND, with the id in the message and in {@code extensions.documentId}.
     */
    public RestOperation byDocumentId(Object documentId) {
        if (!(documentId instanceof String id) || id.isEmpty()) {
            throw PrismException.badInput("documentId must be a string: sha256:<64 hex digits> or a registry id such "
                    + "as speed-feed", "documentId");
        }
        int colon = id.indexOf(':');
        if (colon < 0) {
            if (!CUSTOM_ID.matcher(id).matches()) {
                throw PrismException.badInput("documentId '" + id + "' is neither sha256:<64 hex digits> nor a "
                        + "registry id (letters, digits, '-', '.', '_', '~')", "documentId");
            }
            return found(byId.get(id), id);
        }
        String prefix = id.substring(0, colon);
        String payload = id.substring(colon + 1);
        if (!prefix.equals(SHA256)) {
            throw PrismException.badInput("documentId prefix '" + prefix + "' is not supported; use sha256:<64 hex "
                    + "digits> or a registry id", "documentId");
        }
        return found(byHash(payload, "documentId"), id);
    }

    /**
     * The operation an {@code extensions.persistedQuery} entry names by its {@code sha256Hash} (version 1).
     * Malformed entries are BAD_USER_INPUT; an unknown hash is NOT_FOUND. Unknown hashes are never registered.
     */
    public RestOperation byPersistedQuery(Object persistedQuery) {
        String field = "extensions.persistedQuery";
        if (!(persistedQuery instanceof Map<?, ?> entry)) {
            throw PrismException.badInput(field + " must be an object with version 1 and sha256Hash", field);
        }
        Object version = entry.get("version");
        if (version != null && !(version instanceof Number n && n.doubleValue() == 1)) {
            throw PrismException.badInput(field + ".version must be 1, not " + version, field, "version");
        }
        Object hash = entry.get("sha256Hash");
        if (!(hash instanceof String text)) {
            throw PrismException.badInput(field + ".sha256Hash must be the SHA-256 of the document, 64 hex digits",
                    field, "sha256Hash");
        }
        return found(byHash(text, field + ".sha256Hash"), text);
    }

    /**
     * True when {@code document} is, character for character, the text of a registered operation (so its SHA-256 is
     * a registered hash). Comparing the text itself costs less than hashing it.
     */
    public boolean registered(String document) {
        return texts.contains(document);
    }

    private RestOperation byHash(String hex, String field) {
        if (!HASH.matcher(hex).matches()) {
            throw PrismException.badInput(field + " '" + hex + "' is not a SHA-256 hash (64 hex digits)",
                    field.split("\\."));
        }
        return byHash.get(hex.toLowerCase(Locale.ROOT));
    }

    private static RestOperation found(RestOperation op, String id) {
        if (op == null) {
            throw new PrismException(ErrorCode.NOT_FOUND, "No trusted document has the id '" + id + "'; the "
                    + "registered operations are listed at " + MANIFEST_PATH, List.of(), Map.of("documentId", id));
        }
        return op;
    }
}
