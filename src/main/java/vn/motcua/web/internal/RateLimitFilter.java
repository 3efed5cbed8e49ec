package vn.motcua.web.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits, per client address, the public entry points a robot could hammer: the lookup of a dossier or feedback by
 * code and secret, the PAKN submission, the login form and the ratings. The buckets are Bucket4j's, kept in
 * PostgreSQL (table {@code rate_limit_bucket}, migration V8_3) so that every instance counts against the same ones.
 * Over the limit: 429 with {@code Retry-After} (problem+json for the API and JSON clients, the error page for
 * people). The client address is the connection's ({@code server.forward-headers-strategy} makes it the proxy's
 * {@code X-Forwarded-For}). Should the database fail, requests pass: a limit is no reason to refuse service. A
 * bucket's transaction does not wait for the disk ({@link AsyncCommitDataSource}): the public lookup should not pay a
 * WAL flush for a counter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@EnableConfigurationProperties(RateLimits.class)
class RateLimitFilter extends OncePerRequestFilter {

    static final String LOOKUP = "lookup";
    static final String FEEDBACK = "feedback";
    static final String LOGIN = "login";
    static final String RATING = "rating";

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final Pattern RATING_PATH = Pattern.compile("/api/v1/public/dossiers/[^/]+/rating"
            + "|/api/v1/public/feedback/[^/]+/rating|/api/v1/feedback/[^/]+/actions/rate"
            + "|/tra-cuu-ho-so/danh-gia|/phan-anh-kien-nghi/tra-cuu/danh-gia");

    private final RateLimits limits;
    private final JsonMapper json;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    RateLimitFilter(RateLimits limits, JsonMapper json, DataSource dataSource) {
        this.limits = limits;
        this.json = json;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(new AsyncCommitDataSource(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** The group a request counts against, or null when it is not limited. */
    static String groupOf(String method, String path) {
        boolean post = "POST".equals(method);
        if (post && path.equals("/login")) {
            return LOGIN;
        }
        if (post && RATING_PATH.matcher(path).matches()) {
            return RATING;
        }
        if (post && (path.equals("/api/v1/public/feedback") || path.equals("/phan-anh-kien-nghi/gui"))) {
            return FEEDBACK;
        }
        if (path.startsWith("/api/v1/public/dossiers/") || path.startsWith("/api/v1/public/feedback/")
                || path.equals("/tra-cuu-ho-so") || path.startsWith("/phan-anh-kien-nghi/tra-cuu")) {
            return LOOKUP;
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String group = limits.isEnabled() ? groupOf(request.getMethod(), path) : null;
        if (group != null) {
            long wait = waitNanos(group, request.getRemoteAddr());
            if (wait > 0) {
                refuse(request, response, path, Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Takes one request from the client's bucket of the group: 0 if it may go on, else nanoseconds to wait. */
    private long waitNanos(String group, String address) {
        RateLimits.Limit limit = switch (group) {
            case LOOKUP -> limits.getLookup();
            case FEEDBACK -> limits.getFeedback();
            case LOGIN -> limits.getLogin();
            default -> limits.getRating();
        };
        // The limit is part of the key, so that a changed limit starts new buckets rather than mixing them.
        String key = group + ":" + limit.getCapacity() + "/" + limit.getPeriod().toSeconds() + ":" + address;
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.getCapacity())
                        .refillGreedy(limit.getCapacity(), limit.getPeriod()).build())
                .build();
        try {
            ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
        } catch (RuntimeException e) {
            log.warn("Rate limit not checked for {} ({}): {}", group, address, e.getMessage());
            return 0;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, long seconds)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        if (ErrorPages.wantsProblem(request, path)) {
            var body = Problems.of(429, Problems.title(429), "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn; "
                    + "vui lòng chờ " + seconds + " giây rồi thử lại.");
            body.setInstance(Problems.instance(request.getRequestURI()));
            Problems.write(json, response, body);
        } else {
            response.sendError(429);
        }
    }

    /** Drops the buckets nobody has used for longer than their refill, a batch at a time. */
    @Scheduled(fixedDelayString = "${motcua.rate-limit.cleanup-interval:PT10M}")
    void removeExpiredBuckets() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(1_000);
            } while (removed == 1_000);
        } catch (RuntimeException e) {
            log.warn("Expired rate limit buckets not removed: {}", e.getMessage());
        }
    }
}
