package vn.motcua.dossier.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.motcua.calendar.DurationUnit;

/**
 * Settings of the dossier engine ({@code motcua.dossier.*}).
 *
 * @param dayAsPrinted how a time limit printed as "ngày" without "làm việc" is counted (UNCONFIRMED in law:
 *        working days by default, as Decree 63/2010 counts TTHC time limits)
 * @param maxDocumentBytes largest accepted upload
 * @param place place name printed on forms ("Bắc Ninh, ngày …"); by default taken from the parent agency's name
 * @param resultRequired whether a granted resolution needs the electronic result when the procedure states one
 *        ({@code ResultRequiredRule}; on by default)
 */
@ConfigurationProperties("motcua.dossier")
record DossierProperties(DurationUnit dayAsPrinted, Long maxDocumentBytes, String place,
        Boolean resultRequired) {

    DossierProperties {
        dayAsPrinted = dayAsPrinted == null ? DurationUnit.WORKING_DAY : dayAsPrinted;
        maxDocumentBytes = maxDocumentBytes == null ? 20L * 1024 * 1024 : maxDocumentBytes;
        resultRequired = resultRequired == null || resultRequired;
    }
}
