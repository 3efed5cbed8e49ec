package vn.motcua.notification.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierNotices;
import vn.motcua.notification.Notifications;
import vn.motcua.notification.SentNotification;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.VietnamTime;

/** The messages as administrators and the dossier's detail read them. */
@Service
class NotificationQueries implements Notifications, DossierNotices {

    /** A message in the dossier's detail ({@code GET /api/v1/dossiers/{code}}: {@code notifications}). */
    record Notice(String channel, String event, String state, OffsetDateTime at) {}

    private final NotificationRepository repository;
    private final ChannelEndpoints endpoints;

    NotificationQueries(NotificationRepository repository, ChannelEndpoints endpoints) {
        this.repository = repository;
        this.endpoints = endpoints;
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
                n.state().name(), VietnamTime.offset(n.at()))).toList();
    }
}
