package vn.motcua.integration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.identity.Role;

/**
 * Bearer tokens of service accounts (the national portal forwarding online dossiers, other systems): created by an
 * administrator and shown once, kept as their SHA-256 only, acting for one agency with the roles given (never
 * administration), until they expire or are revoked; each use is recorded (at most once a minute). Each token acts as
 * its own user account ({@code dich-vu-N}) holding those roles, so every access rule applies to it as to a person.
 */
public interface ServiceTokens {

    /** What the administrator asks for. */
    record NewToken(String name, String agencyCode, List<Role> roles, int expiresInDays) {}

    /** A token as listed: never the token itself. */
    record TokenInfo(long id, String name, String username, String agencyCode, List<Role> roles, Instant createdAt,
            String createdBy, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {}

    /** The created token; {@code token} is shown this once. */
    record Created(TokenInfo info, String token) {}

    /** Who a valid bearer token acts as. */
    record Holder(String username, List<Role> roles) {}

    Created create(NewToken token, String actor);

    List<TokenInfo> list();

    /** Revokes the token (404 problem when unknown); revoking twice changes nothing. */
    TokenInfo revoke(long id, String actor);

    /** The holder of a token that exists, has not expired and is not revoked; records the use. */
    Optional<Holder> authenticate(String token);
}
