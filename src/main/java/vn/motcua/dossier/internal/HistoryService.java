package vn.motcua.dossier.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierHistories;

/** Other modules' events in {@code dossier_event}, appended under the dossier's row lock. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class HistoryService implements DossierHistories {

    private final DossierRepository dossiers;
    private final EventRepository events;

    HistoryService(DossierRepository dossiers, EventRepository events) {
        this.dossiers = dossiers;
        this.events = events;
    }

    @Override
    public LockedDossier lock(String code) {
        DossierState d = dossiers.lock(code).orElseThrow(() -> DossierService.notFound(code));
        return new LockedDossier(d.id, d.code, d.status);
    }

    @Override
    public void append(LockedDossier dossier, Entry entry) {
        events.append(dossier.id(), new EventRepository.NewEvent(entry.type(), entry.label(), entry.at(),
                entry.actor(), null, null, null, entry.data(), entry.publicStep()));
    }

    @Override
    public void markDigitized(LockedDossier dossier, boolean digitized) {
        dossiers.markDigitized(dossier.id(), digitized);
    }
}
