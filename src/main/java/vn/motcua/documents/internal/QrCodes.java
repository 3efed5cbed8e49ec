package vn.motcua.documents.internal;

import vn.motcua.documents.DossierFacts;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** The QR code printed top-left on dossier forms (Circular 01/2023/TT-VPCP): the dossier's key identifiers. */
final class QrCodes {

    private QrCodes() {
    }

    /** "MaHoSo=…;MaTTHC=…;SoDinhDanh=…", leaving out what is missing. */
    static String payload(DossierFacts dossier) {
        StringJoiner payload = new StringJoiner(";");
        add(payload, "MaHoSo", dossier.code());
        add(payload, "MaTTHC", dossier.procedureCode());
        add(payload, "SoDinhDanh", dossier.applicant().identityNumber());
        return payload.toString();
    }

    /** The module matrix without a quiet zone; the page around it is white. */
    static BitMatrix matrix(String payload) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(payload)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR payload of length " + payload.length(), e);
        }
    }

    private static void add(StringJoiner payload, String key, String value) {
        if (!Texts.isBlank(value)) {
            payload.add(key + "=" + Texts.clean(value).strip());
        }
    }
}
