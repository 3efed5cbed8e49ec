package vn.motcua.web.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, migration V6_1), written less often. Spring Session updates a session's
 * row on every request, only to move its last access time (and with it the indexed expiry time): one row version, one
 * index entry and one WAL record per request of a signed-in person. Here the update keeps its parameters but changes
 * the row only when something other than the access time changed, or when the stored access time is at least
 * {@code motcua.session.touch-interval} (default 60 s) old. A session may therefore end up to that interval before 30
 * minutes without a request; nothing else changes (attributes are written as before, by their own statements).
 * The principal's name (the index of "who is signed in where") is read from the security context directly, as Spring
 * Session's default resolver does through a SpEL expression on every save. And the read Spring Session makes of a
 * session right after saving it is answered with the session it saved ({@link JustSavedSessions}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /** Spring Session's own update, with its six parameters in the same order, made conditional. */
    static String updateQuery(Duration touchInterval) {
        return """
                UPDATE %%TABLE_NAME%% AS s
                SET SESSION_ID = v.sid, LAST_ACCESS_TIME = v.lat, MAX_INACTIVE_INTERVAL = v.mii, EXPIRY_TIME = v.exp,
                    PRINCIPAL_NAME = v.pn
                FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
                              CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36)))) AS v (sid, lat, mii, exp, pn, pid)
                WHERE s.PRIMARY_ID = v.pid
                  AND (s.SESSION_ID <> v.sid OR s.MAX_INACTIVE_INTERVAL <> v.mii
                       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.pn OR v.lat - s.LAST_ACCESS_TIME >= %d)
                """.formatted(touchInterval.toMillis());
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> accessTimeWrittenOncePerInterval(
            @Value("${motcua.session.touch-interval:60s}") Duration touchInterval) {
        if (touchInterval.isNegative()) {
            throw new IllegalArgumentException("motcua.session.touch-interval must not be negative: " + touchInterval);
        }
        return repository -> {
            repository.setUpdateSessionQuery(updateQuery(touchInterval));
            repository.setIndexResolver(SessionStore::principalIndex);
        };
    }

    /** The session just saved at the end of a request answers Spring Session's read of it that follows. */
    @Bean
    static BeanPostProcessor justSavedSessionAnswersTheFollowingRead() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions ? new JustSavedSessions<>(sessions) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> justSavedSessionsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                JustSavedSessions.filter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** The session's principal name: set explicitly, or the signed-in person's; none for an anonymous session. */
    static Map<String, String> principalIndex(Session session) {
        String name = session.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        if (name == null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null) {
            name = context.getAuthentication().getName();
        }
        return name == null ? Map.of() : Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, name);
    }
}
