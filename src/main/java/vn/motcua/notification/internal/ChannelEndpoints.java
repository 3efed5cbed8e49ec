package vn.motcua.notification.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.notification.MailStandIn;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.Notifications.ChannelStatus;
import vn.motcua.notification.SmsStandIn;
import vn.motcua.notification.ZaloStandIn;

/**
 * Where each channel's messages go, decided at start: the configured server ({@code motcua.mail.host},
 * {@code motcua.sms.url}, {@code motcua.zalo.url}), or, for the demo ({@code motcua.notification.demo-stand-ins}, on by
 * default with {@code motcua.demo=true}), a stand-in started in this process on a free port; otherwise the channel is
 * off and nothing is queued for it.
 */
@Component
class ChannelEndpoints implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChannelEndpoints.class);

    /** The SMTP server messages go to. */
    record MailServer(String host, int port) {}

    private final ChannelProperties.Mail mailProperties;
    private final ChannelProperties.Sms smsProperties;
    private final ChannelProperties.Zalo zaloProperties;
    private final MailServer mail;
    private final String sms;
    private final String zalo;
    private final MailStandIn mailStandIn;
    private final SmsStandIn smsStandIn;
    private final ZaloStandIn zaloStandIn;

    ChannelEndpoints(ChannelProperties.Mail mail, ChannelProperties.Sms sms, ChannelProperties.Zalo zalo,
            @Value("${motcua.notification.demo-stand-ins:${motcua.demo:false}}") boolean demoStandIns) {
        this.mailProperties = mail;
        this.smsProperties = sms;
        this.zaloProperties = zalo;
        try {
            if (present(mail.host())) {
                this.mail = new MailServer(mail.host().strip(), mail.port());
                this.mailStandIn = null;
            } else if (demoStandIns) {
                this.mailStandIn = MailStandIn.start(0);
                this.mail = new MailServer("127.0.0.1", mailStandIn.smtpPort());
                log.info("Demo: the mail stand-in takes SMTP on port {} (GET http://127.0.0.1:{}/received lists the "
                        + "messages)", mailStandIn.smtpPort(), mailStandIn.httpPort());
            } else {
                this.mail = null;
                this.mailStandIn = null;
            }
            if (present(sms.url())) {
                this.sms = sms.url().strip();
                this.smsStandIn = null;
            } else if (demoStandIns) {
                this.smsStandIn = SmsStandIn.start(0);
                this.sms = smsStandIn.url();
                log.info("Demo: the SMS stand-in listens on {} (GET http://127.0.0.1:{}/received)", this.sms,
                        smsStandIn.httpPort());
            } else {
                this.sms = null;
                this.smsStandIn = null;
            }
            if (present(zalo.url())) {
                this.zalo = zalo.url().strip();
                this.zaloStandIn = null;
            } else if (demoStandIns) {
                this.zaloStandIn = ZaloStandIn.start(0);
                this.zalo = zaloStandIn.url();
                log.info("Demo: the Zalo ZNS stand-in listens on {}", this.zalo);
            } else {
                this.zalo = null;
                this.zaloStandIn = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    boolean on(NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> mail != null;
            case SMS -> sms != null;
            case ZALO -> zalo != null;
        };
    }

    MailServer mail() {
        return mail;
    }

    String sms() {
        return sms;
    }

    String zalo() {
        return zalo;
    }

    /** The zalo access token: the configured one, or any for the stand-in. */
    String zaloToken() {
        return present(zaloProperties.accessToken()) ? zaloProperties.accessToken()
                : zaloStandIn != null ? "stand-in" : null;
    }

    List<ChannelStatus> statuses() {
        return List.of(
                new ChannelStatus(NotificationChannel.EMAIL, mail != null,
                        mail == null ? null : "SMTP " + mail.host() + ":" + mail.port() + ", gửi từ "
                                + mailProperties.from(),
                        mailStandIn != null,
                        mailStandIn == null ? null : "http://127.0.0.1:" + mailStandIn.httpPort() + "/received",
                        "--motcua.mail.host=… --motcua.mail.port=… --motcua.mail.from=…"),
                new ChannelStatus(NotificationChannel.SMS, sms != null,
                        sms == null ? null : sms + " (brandname " + smsProperties.brandname() + ")", smsStandIn != null,
                        smsStandIn == null ? null : "http://127.0.0.1:" + smsStandIn.httpPort() + "/received",
                        "--motcua.sms.url=… --motcua.sms.user=… --motcua.sms.password=… --motcua.sms.brandname=…"),
                new ChannelStatus(NotificationChannel.ZALO, zalo != null,
                        zalo == null ? null : zalo + " (mẫu ZNS " + zaloProperties.templateId() + ")",
                        zaloStandIn != null,
                        zaloStandIn == null ? null : zaloStandIn.url() + "/received",
                        "--motcua.zalo.url=… --motcua.zalo.access-token=… --motcua.zalo.template-id=…"));
    }

    @Override
    public void destroy() {
        for (AutoCloseable standIn : new AutoCloseable[] {mailStandIn, smsStandIn, zaloStandIn}) {
            if (standIn != null) {
                try {
                    standIn.close();
                } catch (Exception e) {
                    log.debug("Stand-in did not stop cleanly", e);
                }
            }
        }
    }
}
