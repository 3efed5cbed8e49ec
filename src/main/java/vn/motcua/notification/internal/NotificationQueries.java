package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierNotices;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.notification.Notifications;
import vn.motcua.notification.SentNotification;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.VietnamTime;

/** The messages as administrators and the dossier's detail read them, and the officials' digest addresses. */
@Service
class NotificationQueries implements Notifications, DossierNotices {

    /** A message in the dossier's detail ({@code GET /api/v1/dossiers/{code}}: {@code notifications}; its page). */
    record Notice(String channel, String event, String state, OffsetDateTime at, String channelLabel,
            String eventLabel, String stateLabel) {}

    private final NotificationRepository repository;
    private final ChannelEndpoints endpoints;
    private final Users users;
    private final OfficerDigest digest;
    private final Clock clock;

    NotificationQueries(NotificationRepository repository, ChannelEndpoints endpoints, Users users,
            OfficerDigest digest, Clock clock) {
        this.repository = repository;
        this.endpoints = endpoints;
        this.users = users;
        this.digest = digest;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficerAddress> officerEmails() {
        return repository.officerEmails().stream().map(o -> new OfficerAddress(o.username(),
                users.find(o.username()).map(UserAccount::fullName).orElse(o.username()), o.email())).toList();
    }

    @Override
    @Transactional
    public void setOfficerEmail(String username, String email) {
        String name = username == null ? "" : username.strip();
        UserAccount user = users.find(name).orElseThrow(() -> ProblemException.invalidField("username",
                "Không có tài khoản \"" + name + "\"."));
        if (user.roles().stream().allMatch(grant -> grant.role() == Role.APPLICANT)) {
            throw ProblemException.invalidField("username", "Tài khoản \"" + name + "\" không phải của cán bộ; bản "
                    + "tổng hợp hằng ngày chỉ gửi cán bộ có hàng đợi hồ sơ.");
        }
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ProblemException.invalidField("email", "Địa chỉ thư điện tử không hợp lệ: \"" + address + "\"");
        }
        repository.setOfficerEmail(user.username(), address, clock.instant());
    }

    @Override
    public boolean sendDigestNow() {
        return digest.queueToday();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SentNotification> recent(int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalidField("limit", "Số tin cần lấy phải từ 1 đến 1000");
        }
        return repository.recent(limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SentNotification> of(String code) {
        return repository.of(code);
    }

    @Override
    public List<ChannelStatus> channels() {
        return endpoints.statuses();
    }

    @Override
    public List<?> describe(String dossierCode) {
        return repository.of(dossierCode).stream().map(n -> new Notice(n.channel().name(), n.event().name(),
                n.state().name(), VietnamTime.offset(n.at()), n.channel().label(), n.event().label(),
                n.state().label())).toList();
    }
}
