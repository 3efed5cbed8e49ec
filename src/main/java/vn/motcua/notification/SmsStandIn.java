package vn.motcua.notification;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A local SMS brandname gateway for tests, the demo and operators ({@code java -jar motcua.jar stand-in sms --port=N}):
 * it takes the SOAP call {@code wsCpMt} (namespace {@code http://impl.bulkSms.ws/}; fields {@code User},
 * {@code Password}, {@code CPCode}, {@code RequestID}, {@code UserID}, {@code ReceiverID}, {@code ServiceID} = the
 * brandname, {@code CommandCode} {@code bulksms}, {@code Content}, {@code ContentType}) on any path and answers
 * result {@code 1} "Insert MT_QUEUE: OK", or {@code 0} with the reason (no receiver, no content, a text with
 * diacritics or over two segments). {@code GET /received} lists the messages ({@code from} = brandname, {@code to},
 * {@code body}, {@code requestId}, {@code idempotencyKey}, {@code repeated}); a repeated {@code Idempotency-Key} is
 * answered as the first time and listed as repeated. State is in memory.
 */
public final class SmsStandIn extends HttpStandIn {

    static final String NAMESPACE = "http://impl.bulkSms.ws/";

    private SmsStandIn(int port) throws IOException {
        super(port, "sms-stand-in");
    }

    /** Starts on {@code port} of the loopback interface (0: a free port). */
    public static SmsStandIn start(int port) throws IOException {
        return new SmsStandIn(port);
    }

    /** The address to give {@code motcua.sms.url}. */
    public String url() {
        return "http://127.0.0.1:" + httpPort() + "/bulkSms/wsCpMt";
    }

    @Override
    void serve(HttpExchange exchange, String body) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            write(exchange, 405, "text/plain", "Chỉ nhận POST (SOAP wsCpMt); GET /received liệt kê tin đã nhận");
            return;
        }
        Map<String, String> call;
        try {
            call = parse(body);
        } catch (Exception e) {
            write(exchange, 500, "text/xml", fault("Khong doc duoc yeu cau SOAP: " + e.getMessage()));
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String to = call.getOrDefault("ReceiverID", "");
        String content = call.getOrDefault("Content", "");
        String refusal = to.matches("84\\d{9,10}") ? content.isBlank() ? "Thieu noi dung tin nhan"
                : !content.chars().allMatch(c -> c < 128) ? "Noi dung co dau hoac ky tu ngoai bang chu GSM"
                : content.length() > 306 ? "Noi dung qua 2 tin nhan" : null
                : "So dien thoai nhan khong hop le: " + to;
        boolean repeated = seen("idempotencyKey", key);
        if (refusal == null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("from", call.get("ServiceID"));
            entry.put("to", to);
            entry.put("body", content);
            entry.put("requestId", call.get("RequestID"));
            entry.put("idempotencyKey", key);
            entry.put("repeated", repeated);
            record(entry);
        }
        write(exchange, 200, "text/xml", answer(refusal == null ? "1" : "0",
                refusal == null ? "Insert MT_QUEUE: OK" : refusal));
    }

    private static Map<String, String> parse(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
        Node call = document.getElementsByTagNameNS(NAMESPACE, "wsCpMt").item(0);
        if (call == null) {
            throw new IllegalArgumentException("khong co phan tu wsCpMt");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node child = call.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                fields.put(element.getLocalName(), element.getTextContent());
            }
        }
        return fields;
    }

    private static String answer(String result, String message) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>\
                <ns2:wsCpMtResponse xmlns:ns2="http://impl.bulkSms.ws/"><return><message>%s</message>\
                <result>%s</result></return></ns2:wsCpMtResponse></S:Body></S:Envelope>
                """.formatted(escape(message), result);
    }

    private static String fault(String message) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><S:Fault>\
                <faultcode>S:Client</faultcode><faultstring>%s</faultstring></S:Fault></S:Body></S:Envelope>
                """.formatted(escape(message));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
