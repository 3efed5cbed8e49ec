package vn.motcua.identity;

import java.time.Instant;

/** A user account was created. */
public record UserCreated(String username, Instant at) {}
