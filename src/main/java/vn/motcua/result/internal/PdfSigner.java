package vn.motcua.result.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES baseline B signatures with PDFBox and Bouncy Castle: an incremental update adding a signature dictionary
 * (SubFilter {@code ETSI.CAdES.detached}, the signing time in {@code /M}), a detached CMS SignedData over the byte
 * range with the signed attributes PAdES asks for (content type, message digest, {@code signing-certificate-v2};
 * no CMS signing-time attribute, which PAdES forbids) and a visible signature block at the foot of the last page;
 * B-T when a timestamp authority is at hand (the signature timestamp as an unsigned attribute, RFC 3161), and B-LT
 * with {@link PdfLtv} (the validation data in the document's DSS, a further incremental update).
 */
final class PdfSigner {

    /**
     * A signing key with its certificate chain (the signer's certificate first): a private key at hand, or, when
     * {@code remote} is set, a key a remote signing service holds (no private key here).
     */
    record Key(PrivateKey privateKey, List<X509Certificate> chain, HashSigner remote) {
        Key(PrivateKey privateKey, List<X509Certificate> chain) {
            this(privateKey, chain, null);
        }

        X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** Signs a SHA-256 digest elsewhere: returns the RSA PKCS#1 v1.5 signature value of the DigestInfo. */
    interface HashSigner {
        byte[] signSha256(byte[] digest) throws IOException;
    }

    /** Obtains an RFC 3161 timestamp token (DER) over the SHA-256 of a signature value. */
    interface Timestamper {
        byte[] timestamp(byte[] signatureValue) throws IOException;
    }

    static final float BLOCK_WIDTH = 300;
    static final float BLOCK_HEIGHT = 72;
    private static final float MARGIN = 36;
    private static final float QR_INSET = 5;
    private static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    private PdfSigner() {}

    /**
     * The PDF signed: its bytes followed by the incremental update.
     *
     * @param lines the visible block's text lines (the first in bold red, like a seal's caption)
     * @param qr what the QR code at the block's right encodes (the verification address of the result); null: none
     */
    static byte[] sign(byte[] pdf, Key key, Instant at, String reason, String location, List<String> lines,
            String qr) throws IOException {
        return sign(pdf, key, at, reason, location, lines, qr, null);
    }

    /**
     * As {@link #sign(byte[], Key, Instant, String, String, List, String)}; with a {@code timestamper}, the signature
     * carries a signature timestamp (PAdES B-T). The CMS is made outside PDFBox's callback (external signing), so
     * that a remote key can be asked and waited for.
     */
    static byte[] sign(byte[] pdf, Key key, Instant at, String reason, String location, List<String> lines,
            String qr, Timestamper timestamper) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("PDF without pages");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(Certificates.commonName(key.certificate()));
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar time = Calendar.getInstance(VIETNAM);
            time.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(time);

            int pageIndex = document.getNumberOfPages() - 1;
            PDPage page = document.getPage(pageIndex);
            PDRectangle media = page.getMediaBox();
            PDRectangle block = new PDRectangle(media.getLowerLeftX() + media.getWidth() - MARGIN - BLOCK_WIDTH,
                    media.getLowerLeftY() + MARGIN, BLOCK_WIDTH, BLOCK_HEIGHT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                options.setVisualSignature(appearance(media, block, lines, qr));
                options.setPage(pageIndex);
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                external.setSignature(cms(external.getContent(), key, timestamper));
            }
            return out.toByteArray();
        }
    }

    /** A one-page document holding only the signature field with its appearance (PDFBox's visual template). */
    private static InputStream appearance(PDRectangle media, PDRectangle block, List<String> lines, String qr)
            throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(media);
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(block);

            PDFormXObject xobject = new PDFormXObject(new PDStream(template));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(block.getWidth(), block.getHeight()));
            PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
            dictionary.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            dictionary.setNormalAppearance(stream);
            widget.setAppearance(dictionary);

            PDFont regular = font(template, "/fonts/DejaVuSerif.ttf");
            PDFont bold = font(template, "/fonts/DejaVuSerif-Bold.ttf");
            PDColor red = new PDColor(new float[] {0.75f, 0.05f, 0.05f}, PDDeviceRGB.INSTANCE);
            try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
                content.setStrokingColor(red);
                content.setLineWidth(1.2f);
                content.addRect(1, 1, block.getWidth() - 2, block.getHeight() - 2);
                content.stroke();
                float qrSize = qr == null ? 0 : block.getHeight() - 2 * QR_INSET;
                if (qr != null) {
                    drawQr(content, qr, block.getWidth() - QR_INSET - qrSize, QR_INSET, qrSize);
                }
                float y = block.getHeight() - 14;
                for (int i = 0; i < lines.size(); i++) {
                    content.beginText();
                    if (i == 0) {
                        content.setNonStrokingColor(red);
                        content.setFont(bold, 8.5f);
                    } else {
                        content.setNonStrokingColor(0f, 0f, 0f);
                        content.setFont(regular, 7.5f);
                    }
                    content.newLineAtOffset(6, y);
                    content.showText(fit(lines.get(i), i == 0 ? bold : regular, i == 0 ? 8.5f : 7.5f,
                            block.getWidth() - 12 - (qr == null ? 0 : qrSize + QR_INSET)));
                    content.endText();
                    y -= i == 0 ? 12 : 10.5f;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    /** The QR code of {@code payload} as black squares in a {@code size}-point square at (x, y). */
    static void drawQr(PDPageContentStream content, String payload, float x, float y, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IOException("cannot encode the verification QR code", e);
        }
        float module = size / matrix.getWidth();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    /** A bundled font, subset into {@code document}. */
    static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfSigner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The line cut with "…" to the block's width. */
    private static String fit(String line, PDFont font, float size, float width) throws IOException {
        String text = line;
        while (text.length() > 1 && font.getStringWidth(text) / 1000 * size > width) {
            text = text.substring(0, text.length() - 2) + "…";
        }
        return text;
    }

    /** The detached CMS SignedData over the signed byte range. */
    static byte[] cms(InputStream content, Key key) throws IOException {
        return cms(content, key, null);
    }

    /**
     * The detached CMS SignedData over the signed byte range; with a {@code timestamper}, its signer info carries the
     * unsigned attribute {@code id-aa-signatureTimeStampToken} over its signature value.
     */
    static byte[] cms(InputStream content, Key key, Timestamper timestamper) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(
                            X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                            certificate.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            DefaultSignedAttributeTableGenerator defaults =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            CMSAttributeTableGenerator withoutSigningTime =
                    parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            ContentSigner signer = key.remote() == null
                    ? new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey())
                    : new RemoteContentSigner(key.remote());
            SignerInfoGenerator info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).setSignedAttributeGenerator(withoutSigningTime).build(signer, certificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info);
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            if (timestamper != null) {
                SignerInformation information = signed.getSignerInfos().getSigners().iterator().next();
                byte[] token = timestamper.timestamp(information.getSignature());
                Attribute timestamp = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(ASN1Primitive.fromByteArray(token)));
                information = SignerInformation.replaceUnsignedAttributes(information,
                        new AttributeTable(timestamp));
                signed = CMSSignedData.replaceSigners(signed, new SignerInformationStore(information));
            }
            return signed.getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("CMS signature failed: " + e.getMessage(), e);
        } catch (RuntimeOperatorException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** SHA256withRSA by a {@link HashSigner}: the signed attributes are hashed here and the digest is sent. */
    private static final class RemoteContentSigner implements ContentSigner {

        private final HashSigner remote;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        RemoteContentSigner(HashSigner remote) {
            this.remote = remote;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withRSA");
        }

        @Override
        public java.io.OutputStream getOutputStream() {
            return data;
        }

        @Override
        public byte[] getSignature() {
            try {
                return remote.signSha256(MessageDigest.getInstance("SHA-256").digest(data.toByteArray()));
            } catch (IOException e) {
                throw new RuntimeOperatorException(e.getMessage(), e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
