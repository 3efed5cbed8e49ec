package vn.motcua.shared.http;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client every module uses to call a partner system (the national portal and catalog, the payment platform,
 * SMS and Zalo gateways, a timestamp authority), and their local stand-ins.
 * <p>
 * HTTP/1.1, always. The JDK client's default, HTTP/2, negotiates through TLS on {@code https://}, but on plain
 * {@code http://} (a stand-in, or a partner reached through a gateway on the provincial network) it sends every
 * request, POSTs with their body included, as an HTTP/1.1 request asking to upgrade ({@code Connection: Upgrade,
 * HTTP2-Settings}, {@code Upgrade: h2c}). Servers that mishandle that upgrade on a request with a body stall the
 * request until its timeout, or fail it; such calls are small and few, so HTTP/2 gains them nothing.
 */
public final class PartnerHttp {

    private PartnerHttp() {
    }

    /** A client that speaks HTTP/1.1 and gives up connecting after {@code connectTimeout}. */
    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    }
}
