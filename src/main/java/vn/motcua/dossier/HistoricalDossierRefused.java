package vn.motcua.dossier;

/** A historical dossier (an import line) refused, with the Vietnamese reason shown to the person importing. Cheap: no stack trace. */
public final class HistoricalDossierRefused extends RuntimeException {

    public HistoricalDossierRefused(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
