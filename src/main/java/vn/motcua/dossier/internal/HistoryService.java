package vn.motcua.dossier.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierHistories;

/** Other modules' events in {@code dossier_event}, appended under the dossier's row lock. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class HistoryService implements DossierHistories {

    private final DossierRepository dossiers;
    private final EventRepository events;
    private final ApplicationEventPublisher publisher;

    HistoryService(DossierRepository dossiers, EventRepository events, ApplicationEventPublisher publisher) {
        this.dossiers = dossiers;
        this.events = events;
        this.publisher = publisher;
    }

    @Override
    public LockedDossier lock(String code) {
        DossierState d = dossiers.lock(code).orElseThrow(() -> DossierService.notFound(code));
        return new LockedDossier(d.id, d.code, d.status, d.agencyCode);
    }

    @Override
    public void append(LockedDossier dossier, Entry entry) {
        events.append(dossier.id(), new EventRepository.NewEvent(entry.type(), entry.label(), entry.at(),
                entry.actor(), null, null, null, entry.data(), entry.publicStep()));
        // an imported history (the old system synchronised it already) is not announced
        if (entry.data() == null || !Boolean.TRUE.equals(entry.data().get("imported"))) {
            publisher.publishEvent(new DossierChanged(dossier.code(), dossier.agencyCode(), entry.type(),
                    entry.label(), dossier.status(), entry.at(), entry.actor(), null,
                    entry.data() == null ? Map.of() : Map.copyOf(entry.data().entrySet().stream()
                            .filter(e -> e.getValue() != null)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))), null));
        }
    }

    @Override
    public void markDigitized(LockedDossier dossier, boolean digitized) {
        dossiers.markDigitized(dossier.id(), digitized);
    }

    @Override
    public void markReusedData(LockedDossier dossier) {
        dossiers.markReusedData(dossier.id());
    }
}
