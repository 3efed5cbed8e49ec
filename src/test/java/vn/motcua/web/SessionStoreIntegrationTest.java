package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import vn.motcua.support.IntegrationTest;

/**
 * The session row is written when something besides the access time changes, or once the stored access time is a
 * minute old — not on every request (the application's own session repository, on the real database).
 */
@IntegrationTest
class SessionStoreIntegrationTest {

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> repository;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAccessWithinTheMinuteLeavesTheRowAloneAndALaterOneMovesTheExpiry() {
        accessTimes(repository);
    }

    private <S extends Session> void accessTimes(FindByIndexNameSessionRepository<S> sessions) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        S session = sessions.createSession();
        session.setLastAccessedTime(start);
        sessions.save(session);
        String id = session.getId();

        S again = sessions.findById(id);
        again.setLastAccessedTime(start.plusSeconds(20));
        sessions.save(again);
        assertThat(lastAccess(id)).as("20 s later: not written").isEqualTo(start.toEpochMilli());

        S later = sessions.findById(id);
        later.setLastAccessedTime(start.plusSeconds(61));
        sessions.save(later);
        assertThat(lastAccess(id)).as("61 s later: written").isEqualTo(start.plusSeconds(61).toEpochMilli());
        assertThat(expiry(id)).isEqualTo(start.plusSeconds(61).plus(later.getMaxInactiveInterval()).toEpochMilli());
        sessions.deleteById(id);
    }

    @Test
    void aSignInOrANewTimeoutIsWrittenAtOnce() {
        otherChanges(repository);
    }

    private <S extends Session> void otherChanges(FindByIndexNameSessionRepository<S> sessions) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        S session = sessions.createSession();
        session.setLastAccessedTime(start);
        sessions.save(session);
        String id = session.getId();

        S signedIn = sessions.findById(id);
        signedIn.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "tiepnhan-session-test");
        signedIn.setLastAccessedTime(start.plusSeconds(1));
        sessions.save(signedIn);
        assertThat(jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("tiepnhan-session-test");

        S longer = sessions.findById(id);
        longer.setMaxInactiveInterval(Duration.ofHours(2));
        sessions.save(longer);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(7200);
        sessions.deleteById(id);
    }

    private long lastAccess(String id) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private long expiry(String id) {
        return jdbc.sql("SELECT expiry_time FROM spring_session WHERE session_id = :id").param("id", id)
                .query(Long.class).single();
    }
}
