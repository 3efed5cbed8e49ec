package vn.motcua.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The channels' connections; a channel without its address is off. */
final class ChannelProperties {

    private ChannelProperties() {}

    /**
     * The SMTP server ({@code motcua.mail.*}).
     *
     * @param host     the server; without it e-mail is off
     * @param starttls require STARTTLS (a real provider); off for a server on the local network or the stand-in
     * @param username with {@code password}, SMTP authentication
     */
    @ConfigurationProperties("motcua.mail")
    record Mail(String host, @DefaultValue("25") int port, @DefaultValue("khongtraloi@motcua.local") String from,
            @DefaultValue("Bộ phận Một cửa") String fromName, String username, String password,
            @DefaultValue("false") boolean starttls, @DefaultValue("PT10S") Duration timeout) {}

    /**
     * The SMS brandname gateway ({@code motcua.sms.*}), spoken to with the SOAP call {@code wsCpMt}.
     *
     * @param url       the gateway's address; without it SMS is off
     * @param brandname the registered sender name ({@code ServiceID})
     * @param cpCode    the content provider's code ({@code CPCode})
     */
    @ConfigurationProperties("motcua.sms")
    record Sms(String url, String user, String password, @DefaultValue("MOTCUA") String cpCode,
            @DefaultValue("MOTCUA") String brandname, @DefaultValue("PT10S") Duration timeout) {}

    /**
     * Zalo Notification Service ({@code motcua.zalo.*}).
     *
     * @param url         the API's base address ({@code https://business.openapi.zalo.me}); without it Zalo is off
     * @param accessToken the official account's access token (refreshing it is not built: give a fresh one)
     * @param templateId  the pre-approved ZNS template with the parameters {@code ma_ho_so} and {@code noi_dung}
     */
    @ConfigurationProperties("motcua.zalo")
    record Zalo(String url, String accessToken, @DefaultValue("motcua-thong-bao") String templateId,
            @DefaultValue("PT10S") Duration timeout) {}
}
