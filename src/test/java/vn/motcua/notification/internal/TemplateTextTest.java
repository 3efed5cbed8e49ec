package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationEvent;
import vn.motcua.shared.ProblemException;

class TemplateTextTest {

    private static final Map<String, String> VALUES = Map.of("maHoSo", "000.00.22.H05-261207-0001",
            "nguoiNop", "Trần Thị Đào", "ngay", "07/12/2026", "soPhanAnh", "000.00.22.H05-PAKN26-00012");

    @Test
    void anSmsIsSentWithoutDiacritics() {
        TemplateText.Rendered sms = TemplateText.render(NotificationChannel.SMS, null,
                "Hồ sơ {maHoSo} của bà {nguoiNop} đã được tiếp nhận ngày {ngay}.", VALUES);
        assertThat(sms.body()).isEqualTo(
                "Ho so 000.00.22.H05-261207-0001 cua ba Tran Thi Dao da duoc tiep nhan ngay 07/12/2026.");
        assertThat(SmsText.septets(sms.body())).isPositive();
    }

    @Test
    void anSmsLongerThanTwoSegmentsIsRefusedOnSaveAndAtRender() {
        String body = "Ho so {maHoSo} " + "x".repeat(280);
        assertThatThrownBy(() -> TemplateText.check(NotificationEvent.RECEIVED, NotificationChannel.SMS, null, body,
                TemplateService.SAMPLE)).isInstanceOf(ProblemException.class).hasMessageContaining("quá 2 tin");
        assertThatThrownBy(() -> TemplateText.render(NotificationChannel.SMS, null, body, VALUES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quá 2 tin");
    }

    @Test
    void twoSegmentsHold306CharactersAndOne160() {
        assertThat(SmsText.segments(160)).isEqualTo(1);
        assertThat(SmsText.segments(161)).isEqualTo(2);
        assertThat(SmsText.segments(306)).isEqualTo(2);
        assertThat(SmsText.segments(307)).isEqualTo(3);
        assertThat(SmsText.septets("a{b")).as("extension characters count twice").isEqualTo(4);
        assertThat(SmsText.septets("日本")).isEqualTo(-1);
        String fits = "Ho so {maHoSo} " + "x".repeat(306 - "Ho so 000.00.22.H05-261207-0001 ".length());
        assertThat(TemplateText.render(NotificationChannel.SMS, null, fits, VALUES).body()).hasSize(306);
    }

    @Test
    void anSmsCarriesNoLink() {
        for (String link : new String[] {"https://dichvucong.gov.vn/tra-cuu", "www.bacninh.gov.vn",
                "dichvucong.bacninh.gov.vn", "xem tai motcua.vn."}) {
            assertThatThrownBy(() -> TemplateText.check(NotificationEvent.RECEIVED, NotificationChannel.SMS, null,
                    "Ho so {maHoSo}: " + link, TemplateService.SAMPLE)).as(link)
                    .hasMessageContaining("không được chứa đường liên kết");
        }
        assertThat(SmsText.hasLink("Ho so 000.00.22.H05-261207-0001 tra cuu tren Cong dich vu cong cua tinh.")).isFalse();
        assertThat(SmsText.hasLink("nop phi 200.000 dong")).isFalse();
    }

    @Test
    void everyTemplateCarriesTheCode() {
        assertThatThrownBy(() -> TemplateText.check(NotificationEvent.RESULT_READY, NotificationChannel.EMAIL,
                "Có kết quả", "Hồ sơ của ông/bà đã có kết quả.", TemplateService.SAMPLE))
                .isInstanceOf(ProblemException.class).hasMessageContaining("{maHoSo}");
        assertThatThrownBy(() -> TemplateText.check(NotificationEvent.FEEDBACK_ANSWERED, NotificationChannel.SMS,
                null, "Ho so {maHoSo} da co ket qua", TemplateService.SAMPLE))
                .as("a feedback's number, not a dossier's code").hasMessageContaining("{soPhanAnh}");
        assertThat(TemplateText.check(NotificationEvent.FEEDBACK_ANSWERED, NotificationChannel.SMS, null,
                "Phan anh {soPhanAnh} da co ket qua", TemplateService.SAMPLE).body()).contains("PAKN26-00012");
    }

    @Test
    void unknownPlaceholdersAndAnEmailWithoutSubjectAreRefused() {
        assertThatThrownBy(() -> TemplateText.check(NotificationEvent.RECEIVED, NotificationChannel.EMAIL, "Tiêu đề",
                "Hồ sơ {maHoSo}, hạn {hanTra}", TemplateService.SAMPLE)).hasMessageContaining("{hanTra}");
        assertThatThrownBy(() -> TemplateText.check(NotificationEvent.RECEIVED, NotificationChannel.EMAIL, " ",
                "Hồ sơ {maHoSo}", TemplateService.SAMPLE)).hasMessageContaining("tiêu đề");
    }

    @Test
    void aZaloMessageIsAtMost400Characters() {
        assertThatThrownBy(() -> TemplateText.render(NotificationChannel.ZALO, null, "Hồ sơ {maHoSo} " + "ạ".repeat(400),
                VALUES)).hasMessageContaining("400");
        assertThat(TemplateText.render(NotificationChannel.ZALO, null, "Hồ sơ {maHoSo} đã có kết quả.", VALUES).body())
                .isEqualTo("Hồ sơ 000.00.22.H05-261207-0001 đã có kết quả.");
    }
}
