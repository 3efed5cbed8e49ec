-- Bucket4j's token buckets for the rate limits of the public entry points (web.internal.RateLimitFilter), shared by
-- every instance. id = group:limit:client address; state = Bucket4j's serialised bucket; expires_at = epoch millis
-- after which an unused bucket is full again and may be removed.
CREATE TABLE rate_limit_bucket (
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
