package vn.motcua.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session's filter reads a session again right after saving it at the end of every request, only to learn
 * whether the id the request came with is still valid (its request wrapper clears its cache, saves, then asks
 * {@code isRequestedSessionIdValid()}): a second read of the row and its attributes, deserialised, per request. The
 * answer is the session it has just saved. This decorator gives that session back for that one read: within a
 * request ({@link #filter()} marks it, outside Spring Session's filter), a {@code findById} of the id this thread has
 * just saved returns the saved session, once. Any other read goes to the database; nothing is kept past the request,
 * so a session changed by another request or instance is never served from here.
 */
final class JustSavedSessions<S extends Session> implements FindByIndexNameSessionRepository<S> {

    /** Per request thread: the holder of the session saved last in this request, absent outside requests. */
    private static final ThreadLocal<Session[]> IN_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> sessions;

    JustSavedSessions(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    /** Marks each request for the decorator; ordered before Spring Session's filter, so it wraps its commit. */
    static OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                IN_REQUEST.set(new Session[1]);
                try {
                    chain.doFilter(request, response);
                } finally {
                    IN_REQUEST.remove();
                }
            }
        };
    }

    @Override
    public S createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(S session) {
        Session[] saved = IN_REQUEST.get();
        if (saved != null) {
            saved[0] = null;
        }
        sessions.save(session);
        if (saved != null) {
            saved[0] = session;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public S findById(String id) {
        Session[] saved = IN_REQUEST.get();
        if (saved != null && saved[0] != null) {
            Session just = saved[0];
            saved[0] = null;
            if (just.getId().equals(id) && !just.isExpired()) {
                return (S) just;
            }
        }
        return sessions.findById(id);
    }

    @Override
    public void deleteById(String id) {
        Session[] saved = IN_REQUEST.get();
        if (saved != null) {
            saved[0] = null;
        }
        sessions.deleteById(id);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
    }
}
