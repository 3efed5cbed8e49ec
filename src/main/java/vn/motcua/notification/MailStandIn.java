package vn.motcua.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A local mail server for tests, the demo and operators ({@code java -jar motcua.jar stand-in mail --port=N}): SMTP
 * on port N (GreenMail, any sender, any recipient, no authentication) and, on port N+1, {@code GET /received} listing
 * the messages it took as JSON ({@code from}, {@code to}, {@code subject}, {@code body}, {@code messageId}). State is
 * in memory.
 */
public final class MailStandIn extends HttpStandIn {

    private final GreenMail smtp;
    private final int smtpPort;

    private MailStandIn(int smtpPort) throws IOException {
        super(smtpPort + 1, "mail-stand-in");
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            server.start();
        } catch (RuntimeException e) {
            super.close();
            throw e;
        }
        this.smtp = server;
        this.smtpPort = smtpPort;
    }

    /** Starts SMTP on {@code port} and the HTTP listing on {@code port + 1}; 0 picks two free neighbouring ports. */
    public static MailStandIn start(int port) throws IOException {
        if (port != 0) {
            return new MailStandIn(port);
        }
        IOException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            int candidate = freePort();
            try {
                return new MailStandIn(candidate);
            } catch (IOException | RuntimeException e) {
                last = e instanceof IOException io ? io : new IOException(e);
            }
        }
        throw last;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort() < 65535 ? socket.getLocalPort() : socket.getLocalPort() - 1;
        }
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The messages received, in order, as {@code GET /received} lists them. */
    @Override
    public List<Map<String, Object>> received() {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            messages.add(describe(message));
        }
        return messages;
    }

    @Override
    void serve(HttpExchange exchange, String body) throws IOException {
        write(exchange, 404, "application/json", "{\"error\":\"GET /received liệt kê thư đã nhận\"}");
    }

    private static Map<String, Object> describe(MimeMessage message) {
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", addresses(message.getFrom()));
            m.put("to", addresses(message.getAllRecipients()));
            m.put("subject", message.getSubject());
            m.put("body", text(message.getContent()));
            m.put("messageId", message.getMessageID());
            return m;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? null
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text.strip();
        }
        if (content instanceof Multipart multipart) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String text = text(part.getContent());
                if (!text.isEmpty()) {
                    out.append(out.isEmpty() ? "" : "\n").append(text);
                }
            }
            return out.toString();
        }
        return "";
    }

    @Override
    public void close() {
        smtp.stop();
        super.close();
    }
}
