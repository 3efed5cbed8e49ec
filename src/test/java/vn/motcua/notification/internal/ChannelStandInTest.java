package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.Delivery;
import vn.motcua.notification.MailStandIn;
import vn.motcua.notification.SmsStandIn;
import vn.motcua.notification.ZaloStandIn;

/** The channels' stand-ins speak their protocols over real sockets, and the clients understand their answers. */
class ChannelStandInTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theMailStandInTakesSmtpAndListsTheMessagesAsJsonOnTheNextPort() throws Exception {
        try (MailStandIn mail = MailStandIn.start(0)) {
            assertThat(mail.httpPort()).isEqualTo(mail.smtpPort() + 1);
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("motcua@example.vn"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("an@example.vn"));
            message.setSubject("Hồ sơ 000.00.22.H05-261207-0001 đã được tiếp nhận", "UTF-8");
            message.setText("Kính gửi ông Nguyễn Văn An", "UTF-8");
            Transport.send(message);

            String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + mail.httpPort() + "/received")).build(), HttpResponse.BodyHandlers.ofString()).body();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> received = JSON.readValue(json, List.class);
            assertThat(received).hasSize(1);
            assertThat(received.get(0)).containsEntry("from", "motcua@example.vn")
                    .containsEntry("to", "an@example.vn")
                    .containsEntry("subject", "Hồ sơ 000.00.22.H05-261207-0001 đã được tiếp nhận")
                    .containsEntry("body", "Kính gửi ông Nguyễn Văn An");
        }
    }

    @Test
    void theBrandnameGatewayIsAcceptedRefusedOrRetriedAsTheGatewayAnswers() throws Exception {
        try (SmsStandIn sms = SmsStandIn.start(0)) {
            BrandnameSmsGateway gateway = gateway("http://127.0.0.1:" + sms.httpPort() + "/bulkSms/wsCpMt");
            Delivery sent = gateway.send("84912345678", "Ho so 000.00.22.H05-261207-0001 da duoc tiep nhan", "7",
                    "key-1");
            assertThat(sent.outcome()).as(sent.answer()).isEqualTo(Delivery.Outcome.DELIVERED);
            assertThat(sent.answer()).contains("Insert MT_QUEUE: OK");
            assertThat(sms.received()).singleElement().satisfies(m -> assertThat(m)
                    .containsEntry("to", "84912345678").containsEntry("from", "MOTCUA").containsEntry("requestId", "7")
                    .containsEntry("body", "Ho so 000.00.22.H05-261207-0001 da duoc tiep nhan"));

            Delivery accented = gateway.send("84912345678", "Hồ sơ đã được tiếp nhận", "8", "key-2");
            assertThat(accented.outcome()).isEqualTo(Delivery.Outcome.REJECTED);
            assertThat(accented.answer()).contains("result 0");
        }
        Delivery down = gateway("http://127.0.0.1:1/bulkSms/wsCpMt").send("84912345678", "Ho so", "9", "key-3");
        assertThat(down.outcome()).isEqualTo(Delivery.Outcome.RETRY);
    }

    @Test
    void theZaloStandInAnswersZnsCallsWithAMessageId() throws Exception {
        try (ZaloStandIn zalo = ZaloStandIn.start(0)) {
            HttpClient http = HttpClient.newHttpClient();
            String body = "{\"phone\":\"84912345678\",\"template_id\":\"123\",\"template_data\":{\"ma_ho_so\":\"A-1\","
                    + "\"noi_dung\":\"Hồ sơ A-1 đã có kết quả\"},\"tracking_id\":\"k1\"}";
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(zalo.url() + "/message/template"))
                    .header("access_token", "t").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(ok.body()).get("error").asInt()).isZero();
            HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(zalo.url() + "/message/template"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(noToken.body()).get("error").asInt()).isEqualTo(-124);
            assertThat(zalo.received()).singleElement().satisfies(m -> assertThat(m)
                    .containsEntry("to", "84912345678").containsEntry("body", "Hồ sơ A-1 đã có kết quả"));
        }
    }

    private static BrandnameSmsGateway gateway(String url) {
        ChannelProperties.Sms sms = new ChannelProperties.Sms(url, "u", "p", "MOTCUA", "MOTCUA", Duration.ofSeconds(2));
        ChannelEndpoints endpoints = new ChannelEndpoints(new ChannelProperties.Mail(null, 25, "a@b.vn", "x", null,
                null, false, Duration.ofSeconds(2)), sms, new ChannelProperties.Zalo(null, null, "t",
                Duration.ofSeconds(2)), false);
        return new BrandnameSmsGateway(endpoints, sms);
    }
}
