package vn.motcua.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session's own filter, behind the request marker, over a store that counts its reads: a request with a
 * session reads it once (not again when the filter commits it a second time, after the response was committed), and
 * nothing saved is served outside its request.
 */
class JustSavedSessionsTest {

    private final CountingStore store = new CountingStore();
    private final JustSavedSessions<MapSession> sessions = new JustSavedSessions<>(store);

    @Test
    void aRequestReadsItsSessionOnceAndStillSavesIt() throws Exception {
        MapSession session = store.createSession();
        session.setAttribute("visits", 1);
        store.save(session);
        store.reads.clear();

        request(session.getId(), r -> r.getSession().setAttribute("visits", 2));

        assertThat(store.reads).as("the read before the request's work only").containsExactly(session.getId());
        assertThat(store.stored.get(session.getId()).<Integer>getAttribute("visits")).isEqualTo(2);
    }

    @Test
    void withoutTheMarkerSpringSessionReadsTheSessionAgainAfterSavingIt() throws Exception {
        MapSession session = store.createSession();
        store.save(session);
        store.reads.clear();

        request(session.getId(), r -> r.getSession().setAttribute("visits", 2), false);

        assertThat(store.reads).containsExactly(session.getId(), session.getId());
    }

    @Test
    void outsideARequestEveryReadGoesToTheStore() {
        MapSession session = sessions.createSession();
        sessions.save(session);
        sessions.findById(session.getId());
        sessions.findById(session.getId());
        assertThat(store.reads).hasSize(2);
    }

    @Test
    void theSavedSessionIsNotKeptPastItsRequest() throws Exception {
        MapSession session = store.createSession();
        store.save(session);
        request(session.getId(), r -> r.getSession().setAttribute("seen", true));
        store.stored.remove(session.getId()); // signed out meanwhile, on another instance
        store.reads.clear();
        List<Object> seen = new ArrayList<>();

        MockHttpServletResponse answer = request(session.getId(), r -> seen.add(r.getSession().getAttribute("seen")));

        assertThat(store.reads).as("read from the store, not from the last request").contains(session.getId());
        assertThat(seen).as("a new, empty session").containsExactly((Object) null);
        assertThat(answer.getCookie("SESSION").getValue()).isNotEqualTo(
                Base64.getEncoder().encodeToString(session.getId().getBytes()));
    }

    private interface Work {
        void on(HttpServletRequest request);
    }

    private MockHttpServletResponse request(String sessionId, Work work) throws Exception {
        return request(sessionId, work, true);
    }

    private MockHttpServletResponse request(String sessionId, Work work, boolean marked) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie("SESSION", Base64.getEncoder().encodeToString(sessionId.getBytes())));
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                work.on(req);
                // as the API's JSON answers are: written and flushed, so Spring Session commits the session then
                // (and once more when its filter ends)
                res.getWriter().write("{}");
                res.flushBuffer();
            }
        };
        Filter springSession = new SessionRepositoryFilter<>(sessions);
        MockFilterChain chain = marked ? new MockFilterChain(servlet, JustSavedSessions.filter(), springSession)
                : new MockFilterChain(servlet, springSession);
        chain.doFilter(request, response);
        return response;
    }

    /** Sessions in a map (copies in and out, as a database would give), counting the reads by id. */
    private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {
        final Map<String, MapSession> stored = new ConcurrentHashMap<>();
        final List<String> reads = new ArrayList<>();

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            if (!session.getId().equals(session.getOriginalId())) {
                stored.remove(session.getOriginalId());
            }
            stored.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads.add(id);
            MapSession found = stored.get(id);
            return found == null ? null : new MapSession(found);
        }

        @Override
        public void deleteById(String id) {
            stored.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
