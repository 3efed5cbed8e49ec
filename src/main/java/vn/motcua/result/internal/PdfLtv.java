package vn.motcua.result.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PAdES B-LT: the validation data (certificates, CRLs) in the document security store ({@code /DSS} of the catalog,
 * ISO 32000-2 §12.8.4.3), added in an incremental update after the signature. The update is made deterministically
 * (raw, uncompressed streams in a fixed order), so a verifier can rebuild it from the data it holds and compare it
 * byte for byte with the file: a changed byte after the signature is detected although no signature covers it.
 */
final class PdfLtv {

    static final COSName DSS = COSName.getPDFName("DSS");
    static final COSName CERTS = COSName.getPDFName("Certs");
    static final COSName CRLS = COSName.getPDFName("CRLs");

    /** Validation data: DER certificates and CRLs. */
    record ValidationData(List<byte[]> certificates, List<byte[]> crls) {
        boolean isEmpty() {
            return certificates.isEmpty() && crls.isEmpty();
        }
    }

    private PdfLtv() {}

    /** The signed PDF followed by an incremental update that adds {@code data} as the document's DSS. */
    static byte[] addDss(byte[] signed, ValidationData data) throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            if (catalog.containsKey(DSS)) {
                throw new IOException("the document already has a DSS");
            }
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.TYPE, DSS);
            dss.setItem(CERTS, streams(document, data.certificates()));
            if (!data.crls().isEmpty()) {
                dss.setItem(CRLS, streams(document, data.crls()));
            }
            catalog.setItem(DSS, dss);
            catalog.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out, Set.of(catalog));
            return fixedSecondId(out.toByteArray(), signed.length);
        }
    }

    /**
     * PDFBox gives each incremental save a second file identifier made from the clock; here it is replaced, in place
     * (same length), by the start of the SHA-256 of the signed file, so the update is the same each time it is made.
     */
    private static byte[] fixedSecondId(byte[] pdf, int from) throws IOException {
        String tail = new String(pdf, from, pdf.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        int id = tail.lastIndexOf("/ID");
        int first = id < 0 ? -1 : tail.indexOf('<', id);
        int second = first < 0 ? -1 : tail.indexOf('<', tail.indexOf('>', first));
        int end = second < 0 ? -1 : tail.indexOf('>', second);
        if (end < 0) {
            throw new IOException("no file identifier in the update");
        }
        String digest = java.util.HexFormat.of().withUpperCase().formatHex(
                TimestampClient.sha256(Arrays.copyOf(pdf, from))).repeat(2);
        int length = end - second - 1;
        byte[] fixed = pdf.clone();
        byte[] replacement = digest.substring(0, Math.min(length, digest.length()))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (replacement.length != length) {
            throw new IOException("unexpected file identifier length");
        }
        System.arraycopy(replacement, 0, fixed, from + second + 1, length);
        return fixed;
    }

    private static COSArray streams(PDDocument document, List<byte[]> items) throws IOException {
        COSArray array = new COSArray();
        for (byte[] item : items) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(item);
            }
            array.add(stream);
        }
        return array;
    }

    /** The DSS's certificates and CRLs, in their order; empty when the document has no DSS. */
    static ValidationData read(PDDocument document) throws IOException {
        COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS);
        if (dss == null) {
            return new ValidationData(List.of(), List.of());
        }
        return new ValidationData(items(dss.getCOSArray(CERTS)), items(dss.getCOSArray(CRLS)));
    }

    private static List<byte[]> items(COSArray array) throws IOException {
        List<byte[]> items = new ArrayList<>();
        if (array == null) {
            return items;
        }
        for (int i = 0; i < array.size(); i++) {
            COSBase item = array.getObject(i);
            if (!(item instanceof COSStream stream)) {
                throw new IOException("a DSS entry that is not a stream");
            }
            try (var in = stream.createInputStream()) {
                items.add(in.readAllBytes());
            }
        }
        return items;
    }

    /**
     * Whether the bytes after {@code signedLength} are exactly the DSS update this class makes from the DSS the file
     * holds: then nothing but validation data was added after the signature.
     */
    static boolean onlyValidationDataAfter(byte[] pdf, int signedLength, ValidationData data) {
        if (signedLength <= 0 || signedLength >= pdf.length || data.isEmpty()) {
            return false;
        }
        try {
            byte[] rebuilt = addDss(Arrays.copyOf(pdf, signedLength), data);
            return Arrays.equals(rebuilt, pdf);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
