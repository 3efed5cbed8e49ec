package vn.motcua.notification.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.Delivery;

/**
 * E-mail over SMTP (Jakarta Mail). The message's {@code Message-ID} is made from its idempotency key, so a message
 * sent again after a crash carries the same id. A recipient the server refuses is a rejection; a server that cannot
 * be reached, a timeout or a temporary refusal is tried again by the outbox.
 */
@Component
class EmailTarget extends ChannelTarget {

    static final String NAME = "email";

    private final ChannelEndpoints endpoints;
    private final ChannelProperties.Mail properties;
    private final Clock clock;

    EmailTarget(DeliveryRecords records, JsonMapper json, Clock clock, ChannelEndpoints endpoints,
            ChannelProperties.Mail properties) {
        super(records, json);
        this.endpoints = endpoints;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Delivery send(Outgoing message) {
        ChannelEndpoints.MailServer server = endpoints.mail();
        if (server == null) {
            return Delivery.retry("Chưa cấu hình máy chủ thư (--motcua.mail.host)");
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", Integer.toString(server.port()));
        String timeout = Long.toString(properties.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        boolean auth = properties.username() != null && !properties.username().isBlank();
        props.put("mail.smtp.auth", Boolean.toString(auth));
        if (properties.starttls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        Session session = Session.getInstance(props);
        String messageId = "<" + message.idempotencyKey() + "@motcua>";
        try {
            MimeMessage mime = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            mime.setFrom(new InternetAddress(properties.from(), properties.fromName(), "UTF-8"));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
            mime.setSubject(message.subject(), "UTF-8");
            mime.setText(message.body(), "UTF-8");
            mime.setSentDate(Date.from(clock.instant()));
            mime.setHeader("X-Motcua-Code", message.code());
            if (auth) {
                Transport.send(mime, properties.username(), properties.password());
            } else {
                Transport.send(mime);
            }
            return Delivery.delivered("250 " + messageId);
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            return refused ? Delivery.rejected("Máy chủ thư từ chối địa chỉ " + message.to() + ": " + e.getMessage())
                    : Delivery.retry(e.toString());
        } catch (jakarta.mail.internet.AddressException e) {
            return Delivery.rejected("Địa chỉ thư điện tử không hợp lệ: " + message.to());
        } catch (MessagingException | UnsupportedEncodingException e) {
            return Delivery.retry("Không gửi được thư qua " + server.host() + ":" + server.port() + ": " + e);
        }
    }
}
