package vn.motcua.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.motcua.integration.Delivery;
import vn.motcua.shared.http.PartnerHttp;

/**
 * The SMS brandname web service (integrations.md §7.3, the interface seen at Viettel): a SOAP 1.1 call {@code wsCpMt}
 * in the namespace {@code http://impl.bulkSms.ws/} posted to {@code motcua.sms.url}, with {@code User},
 * {@code Password}, {@code CPCode}, {@code RequestID}, {@code UserID} and {@code ReceiverID} (the phone),
 * {@code ServiceID} (the brandname), {@code CommandCode} {@code bulksms}, {@code Content} and {@code ContentType} 0
 * (plain text). Result {@code 1} is success ("Insert MT_QUEUE: OK"); another result is a refusal of the message; no
 * answer, a timeout or a 5xx is a passing failure.
 */
@Component
class BrandnameSmsGateway implements SmsGateway {

    private static final Pattern RESULT = Pattern.compile("<(?:\\w+:)?result>\\s*(-?\\d+)\\s*</(?:\\w+:)?result>");
    private static final Pattern MESSAGE = Pattern.compile("<(?:\\w+:)?message>([^<]*)</(?:\\w+:)?message>");

    private final ChannelEndpoints endpoints;
    private final ChannelProperties.Sms properties;
    private final HttpClient http;

    BrandnameSmsGateway(ChannelEndpoints endpoints, ChannelProperties.Sms properties) {
        this.endpoints = endpoints;
        this.properties = properties;
        this.http = PartnerHttp.client(properties.timeout());
    }

    @Override
    public Delivery send(String phone, String text, String requestId, String idempotencyKey) {
        String url = endpoints.sms();
        if (url == null) {
            return Delivery.retry("Chưa cấu hình nhà cung cấp SMS (--motcua.sms.url)");
        }
        String envelope = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:impl="http://impl.bulkSms.ws/"><soapenv:Header/><soapenv:Body><impl:wsCpMt>\
                <User>%s</User><Password>%s</Password><CPCode>%s</CPCode><RequestID>%s</RequestID>\
                <UserID>%s</UserID><ReceiverID>%s</ReceiverID><ServiceID>%s</ServiceID>\
                <CommandCode>bulksms</CommandCode><Content>%s</Content><ContentType>0</ContentType>\
                </impl:wsCpMt></soapenv:Body></soapenv:Envelope>
                """.formatted(xml(properties.user()), xml(properties.password()), xml(properties.cpCode()),
                xml(requestId), xml(phone), xml(phone), xml(properties.brandname()), xml(text));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.timeout())
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Delivery.retry("Không kết nối được nhà cung cấp SMS " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retry("Bị ngắt khi gửi SMS");
        }
        String body = response.body();
        if (response.statusCode() >= 500 && !RESULT.matcher(body).find()) {
            return Delivery.retry("HTTP " + response.statusCode() + ": " + body);
        }
        Matcher result = RESULT.matcher(body);
        if (!result.find()) {
            return response.statusCode() >= 400 ? Delivery.rejected("HTTP " + response.statusCode() + ": " + body)
                    : Delivery.retry("Câu trả lời không có kết quả: " + body);
        }
        Matcher message = MESSAGE.matcher(body);
        String answer = "result " + result.group(1) + (message.find() ? ": " + message.group(1) : "");
        return result.group(1).equals("1") ? Delivery.delivered(answer) : Delivery.rejected(answer);
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
