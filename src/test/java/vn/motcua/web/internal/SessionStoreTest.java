package vn.motcua.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class SessionStoreTest {

    private static final String INDEX = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

    @Test
    void theSignedInPersonNamesTheSession() {
        MapSession session = new MapSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("tiepnhan", null, null)));
        assertThat(SessionStore.principalIndex(session)).isEqualTo(Map.of(INDEX, "tiepnhan"));
    }

    @Test
    void aNameSetExplicitlyComesFirstAndAnAnonymousSessionHasNone() {
        MapSession session = new MapSession();
        assertThat(SessionStore.principalIndex(session)).isEmpty();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl());
        assertThat(SessionStore.principalIndex(session)).isEmpty();
        session.setAttribute(INDEX, "chuyenvien");
        assertThat(SessionStore.principalIndex(session)).isEqualTo(Map.of(INDEX, "chuyenvien"));
    }
}
