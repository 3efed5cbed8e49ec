package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The centralised dossier code ({@code motcua.dossier-code.*}; see {@code CentralisedCodeRule}).
 *
 * @param nationalFormatFrom     its first receipt day (Circular 04/2025 in force 25/01/2026)
 * @param centralisedProcedures  national codes of the procedures served by a nationally centralised solution
 * @param centralisedSystemDigits {@code AA}: two digits of the identifier of the agency owning the centralised system
 */
@ConfigurationProperties("motcua.dossier-code")
record DossierCodeProperties(@DefaultValue("2026-01-25") LocalDate nationalFormatFrom,
        List<String> centralisedProcedures, String centralisedSystemDigits) {}
