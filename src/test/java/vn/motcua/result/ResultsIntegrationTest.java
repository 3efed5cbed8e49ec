package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.result.internal.TestSignatures;
import vn.motcua.shared.ProblemException;
import vn.motcua.submission.DossierDraft;
import vn.motcua.submission.DossierDrafts;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

/** Electronic results: coded -KQn, required for a granted resolution, signed by the leader, verified by anyone. */
@IntegrationTest
class ResultsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DossierDrafts drafts;

    private DossierApi api() {
        return new DossierApi(port);
    }

    private ResultApi results() {
        return new ResultApi(port);
    }

    /** A dossier of the procedure with a result, received, transferred and walked to the leader's decision. */
    private JsonNode readyToResolve() {
        results().publishProcedureWithResult();
        DossierApi api = api();
        JsonNode d = api.received(ResultApi.PROCEDURE_WITH_RESULT);
        d = api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        while (d.get("stage") != null && !d.get("stage").isNull()
                && !"READY_TO_ISSUE".equals(d.get("stage").asString())) {
            d = api.ok("lanhdao", d, "complete-step", null);
        }
        return d;
    }

    @Test
    void aGrantedDossierOfAProcedureStatingItsResultIsResolvedOnlyWithItsResultCodedKQ1() {
        JsonNode d = readyToResolve();
        String code = d.get("code").asString();
        Api.Response refused = api().act("lanhdao", d, "resolve", "{\"outcome\":\"GRANTED\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("kết quả điện tử");

        Api.Response first = results().upload("chuyenvien", code, TestSignatures.resultPdf("GIẤY CHỨNG NHẬN"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("resultCode").asString()).isEqualTo(code + "-KQ1");
        assertThat(first.json().get("sha256").asString()).hasSize(64);
        assertThat(first.json().get("signed").asBoolean()).isFalse();
        assertThat(first.json().get("number").asString()).isEqualTo("15/GCN-SKHCN");
        Api.Response second = results().upload("lanhdao", code, TestSignatures.resultPdf("QUYẾT ĐỊNH"));
        assertThat(second.json().get("resultCode").asString()).isEqualTo(code + "-KQ2");

        JsonNode detail = api().as("chuyenvien").get("/api/v1/dossiers/" + code).json();
        assertThat(detail.get("results").findValuesAsString("resultCode")).containsExactly(code + "-KQ1",
                code + "-KQ2");
        JsonNode list = api().as("tiepnhan").get("/api/v1/dossiers/" + code + "/results").json();
        assertThat(list.size()).isEqualTo(2);
        Api.Response file = api().as("tiepnhan").get("/api/v1/dossiers/" + code + "/results/" + code + "-KQ1");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/pdf");
        assertThat(file.bytes()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        d = api().as("lanhdao").get("/api/v1/dossiers/" + code).json();
        JsonNode resolved = api().ok("lanhdao", d, "resolve", "{\"outcome\":\"GRANTED\"}");
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resultDigitized").asBoolean()).as("the recorded result digitises it").isTrue();
        assertThat(api().as("lanhdao").get("/api/v1/dossiers/" + code + "/history").body())
                .contains("result-added", code + "-KQ2");
    }

    @Test
    void aProcedureThatStatesNoResultIsStillResolvedWithoutOne() {
        DossierApi api = api();
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        d = api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        while (!"READY_TO_ISSUE".equals(d.get("stage").asString())) {
            d = api.ok("lanhdao", d, "complete-step", null);
        }
        assertThat(api.ok("lanhdao", d, "resolve", "{\"outcome\":\"GRANTED\"}").get("resultDigitized").asBoolean())
                .isFalse();
    }

    @Test
    void aResultMustBeAPdfUploadedByAnOfficialOfTheDossiersAgency() {
        String code = readyToResolve().get("code").asString();
        Api.Response notPdf = api().as("chuyenvien").upload("/api/v1/dossiers/" + code + "/results?title=KQ",
                "file", "ketqua.txt", "không phải PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.contentType()).startsWith("application/problem+json");
        assertThat(notPdf.body()).contains("không phải PDF");
        Api.Response noTitle = api().as("chuyenvien").upload("/api/v1/dossiers/" + code + "/results", "file",
                "kq.pdf", TestSignatures.resultPdf("KQ"));
        assertThat(noTitle.status()).isEqualTo(400);
        Api.Response badDate = api().as("chuyenvien").upload("/api/v1/dossiers/" + code + "/results?title=KQ"
                + "&issuedOn=31/02/2026", "file", "kq.pdf", TestSignatures.resultPdf("KQ"));
        assertThat(badDate.status()).isEqualTo(400);

        Api.Response controlOfficer = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD)
                .upload("/api/v1/dossiers/" + code + "/results?title=KQ", "file", "kq.pdf",
                        TestSignatures.resultPdf("KQ"));
        assertThat(controlOfficer.status()).isIn(403, 404);
        Api.Response applicant = results().upload("congdan", code, TestSignatures.resultPdf("KQ"));
        assertThat(applicant.status()).isIn(403, 404);
        assertThat(api().as("congdan").get("/api/v1/dossiers/" + code + "/results").status()).isIn(403, 404);
    }

    @Test
    void theLeaderSignsAResultOnceAndAnyoneVerifiesItWhileOneFlippedByteIsDetected() throws Exception {
        String code = readyToResolve().get("code").asString();
        results().upload("chuyenvien", code, TestSignatures.resultPdf("GIẤY CHỨNG NHẬN"));
        String resultCode = code + "-KQ1";
        String sign = "/api/v1/dossiers/" + code + "/results/" + resultCode + "/sign";

        assertThat(api().as("chuyenvien").post(sign, "").status()).as("only leaders sign").isEqualTo(403);
        Api.Response signed = api().as("lanhdao").post(sign, "");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("signed").asBoolean()).isTrue();
        assertThat(signed.json().get("signer").asString()).contains("DEMO");
        assertThat(signed.json().get("signedAt").asString()).isNotBlank();
        assertThat(api().as("lanhdao").post(sign, "").status()).as("signed once").isEqualTo(409);

        byte[] pdf = api().as("tiepnhan").get("/api/v1/dossiers/" + code + "/results/" + resultCode).bytes();
        Api.Response verified = Api.at(port).upload("/api/v1/signatures/verify", "file", "kq.pdf", pdf);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonNode v = verified.json();
        assertThat(v.get("intact").asBoolean()).isTrue();
        assertThat(v.get("signatures").size()).isEqualTo(1);
        JsonNode signature = v.get("signatures").get(0);
        assertThat(signature.get("signer").asString()).contains("DEMO");
        assertThat(signature.get("signer").asString()).as("the leader's own certificate at the remote signing service")
                .isEqualTo("DEMO Phạm Quốc Hùng");
        assertThat(signature.get("coversWholeDocument").asBoolean()).as("the validation data follows").isFalse();
        assertThat(signature.get("validationDataAdded").asBoolean()).isTrue();
        assertThat(signature.get("level").asString()).isEqualTo("B-LT");
        assertThat(signature.get("timestamp").get("valid").asBoolean()).isTrue();
        assertThat(signature.get("timestamp").get("authority").asString()).contains("DEMO TSA");
        assertThat(signature.get("timestamp").get("time").asString()).isNotBlank();
        assertThat(signature.get("chainTrusted").asBoolean()).isTrue();
        assertThat(signature.get("signedAt").asString()).isNotBlank();
        assertThat(v.get("issuedHere").get("resultCode").asString()).isEqualTo(resultCode);

        for (int position : new int[] {pdf.length / 10, pdf.length / 3, pdf.length - 30}) {
            byte[] tampered = pdf.clone();
            tampered[position] ^= 0x01;
            JsonNode broken = Api.at(port).upload("/api/v1/signatures/verify", "file", "kq.pdf", tampered).json();
            assertThat(broken.get("intact").asBoolean()).as("byte " + position).isFalse();
            assertThat(broken.get("issuedHere").isNull()).isTrue();
        }

        if (TestSignatures.pdfsigPresent()) {
            assertThat(TestSignatures.pdfsig(pdf)).contains("Signature is Valid", "DEMO Phạm Quốc Hùng");
        }
    }

    @Test
    void aSignatureByACertificateOutsideTheTrustListIsIntactButNotTrusted() {
        byte[] pdf = TestSignatures.signedByUntrustedAuthority(TestSignatures.resultPdf("GIẤY PHÉP"),
                java.time.Instant.now());
        JsonNode v = Api.at(port).upload("/api/v1/signatures/verify", "file", "kq.pdf", pdf).json();
        assertThat(v.get("intact").asBoolean()).isTrue();
        assertThat(v.get("signatures").get(0).get("chainTrusted").asBoolean()).isFalse();
    }

    @Test
    void anUnsignedPdfIsNotIntactAndAFileThatIsNotAPdfIsRefused() {
        JsonNode unsigned = Api.at(port).upload("/api/v1/signatures/verify", "file", "kq.pdf",
                TestSignatures.resultPdf("GIẤY PHÉP")).json();
        assertThat(unsigned.get("intact").asBoolean()).isFalse();
        assertThat(unsigned.get("signatures").size()).isZero();
        Api.Response text = Api.at(port).upload("/api/v1/signatures/verify", "file", "a.txt",
                "xin chào".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theDeskRecordsEachComponentsDigitisationAndTheDossierShowsWhetherItIsComplete() {
        DossierApi api = api();
        api.publishTestProcedure();
        String code = api.received(DossierApi.TEST_PROCEDURE).get("code").asString();
        JsonNode digitization = api.desk().get("/api/v1/dossiers/" + code).json().get("digitization");
        assertThat(digitization.get("components").findValuesAsString("name"))
                .containsExactly("Đơn đề nghị", "Tài liệu khác");
        assertThat(digitization.get("components").findValuesAsString("state")).containsOnly("MISSING");
        assertThat(digitization.get("complete").asBoolean()).isFalse();
        assertThat(api.desk().get("/api/v1/dossiers/" + code).json().get("digitized").asBoolean()).isFalse();
        String day = api.desk().get("/api/v1/dossiers/" + code).json().get("receivedAt").asString().substring(0, 10);
        String digitisedFigure = "/api/v1/reports/dossier-resolution/dossiers?agency=" + DossierApi.AGENCY
                + "&from=" + day + "&to=" + day + "&figure=DIGITIZED_AT_INTAKE";
        Api officer = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
        assertThat(officer.get(digitisedFigure).json().findValuesAsString("code")).doesNotContain(code);

        Api.Response uploaded = api.desk().upload("/api/v1/dossiers/" + code + "/documents", "1", "don.pdf",
                TestSignatures.resultPdf("ĐƠN ĐỀ NGHỊ"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long documentId = uploaded.json().get(0).get("id").asLong();
        String path = "/api/v1/dossiers/" + code + "/digitization";
        assertThat(api.desk().get(path).json().get("components").get(0).get("state").asString())
                .as("read from the uploaded document").isEqualTo("SCANNED");

        assertThat(api.desk().post(path, "{\"component\":\"Tài liệu khác\",\"state\":\"EXEMPT\"}").status())
                .as("an exemption needs its reason").isEqualTo(400);
        assertThat(api.desk().post(path, "{\"component\":\"Giấy tờ lạ\",\"state\":\"SHOWN\"}").status())
                .isEqualTo(400);
        assertThat(api.desk().post(path, "{\"component\":\"Đơn đề nghị\",\"state\":\"SCANNED\"}").status())
                .as("a scan names its file").isEqualTo(400);
        assertThat(Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD).post(path,
                "{\"component\":\"Tài liệu khác\",\"state\":\"SHOWN\"}").status()).isIn(403, 404);
        Api.Response scanned = api.desk().post(path, "{\"component\":\"Đơn đề nghị\",\"state\":\"SCANNED\","
                + "\"pages\":2,\"documentId\":" + documentId + "}");
        assertThat(scanned.status()).as(scanned.body()).isEqualTo(200);
        Api.Response exempt = api.desk().post(path, "{\"component\":\"tài liệu khác\",\"state\":\"EXEMPT\","
                + "\"reason\":\"Đã có trong Cơ sở dữ liệu quốc gia (khoản 2 Điều 5 Thông tư 03/2025/TT-VPCP)\"}");
        assertThat(exempt.status()).as(exempt.body()).isEqualTo(200);
        assertThat(exempt.json().get("complete").asBoolean()).isTrue();

        JsonNode dossier = api.desk().get("/api/v1/dossiers/" + code).json();
        assertThat(dossier.get("digitized").asBoolean()).as("the flag the ledger's figures count").isTrue();
        assertThat(officer.get(digitisedFigure).json().findValuesAsString("code")).as("the report's figure")
                .contains(code);
        JsonNode detail = dossier.get("digitization");
        assertThat(detail.get("complete").asBoolean()).isTrue();
        assertThat(detail.get("components").get(0).get("pages").asInt()).isEqualTo(2);
        assertThat(detail.get("components").get(1).get("state").asString()).isEqualTo("EXEMPT");
        assertThat(api.desk().get("/api/v1/dossiers/" + code + "/history").body()).contains("component-digitized");
    }

    @Test
    void theApplicantFindsTheSignedResultOfTheirResolvedDossierInTheirStore() {
        String code = results().withSignedResult("congdan");
        DossierApi api = api();
        String store = api.as("congdan").header("Accept", "text/html").get("/ho-so-cua-toi/ket-qua").body();
        assertThat(store).as("not before the resolution").doesNotContain(code + "-KQ1");

        results().resolveGranted(code);
        store = api.as("congdan").header("Accept", "text/html").get("/ho-so-cua-toi/ket-qua").body();
        assertThat(store).contains("Kho kết quả của tôi", code + "-KQ1", "Đã ký số: DEMO");
        Api.Response pdf = api.as("congdan").get("/api/v1/dossiers/" + code + "/results/" + code + "-KQ1");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(Api.at(port).upload("/api/v1/signatures/verify", "file", "kq.pdf", pdf.bytes()).json()
                .get("intact").asBoolean()).isTrue();
        assertThat(api.as("doanhnghiep").header("Accept", "text/html").get("/ho-so-cua-toi/ket-qua").body())
                .as("another applicant's store").doesNotContain(code);
    }

    @Test
    void aStoredResultAttachedToANewDossierIsItsElectronicComponentAndCountsAsReusedDigitisedData() {
        String earlier = results().withSignedResult("congdan");
        results().resolveGranted(earlier);
        String result = earlier + "-KQ1";
        DossierApi api = api();
        api.publishTestProcedure();
        var changes = new DossierDrafts.DraftChanges(new DossierDraft.ApplicantFields("CITIZEN", "Nguyễn Văn An",
                "001085012345", "0912345678", null, null), "ONLINE", List.of(), Map.of("1", result));

        assertThatThrownBy(() -> drafts.start(DossierApi.AGENCY, DossierApi.TEST_PROCEDURE,
                UUID.randomUUID().toString(), changes, "doanhnghiep"))
                .as("another person's result").isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind().status()).isEqualTo(400);
                    assertThat(e.fields()).extracting(ProblemException.FieldProblem::field).containsExactly("reuse-0");
                });
        DossierDraft draft = drafts.start(DossierApi.AGENCY, DossierApi.TEST_PROCEDURE, UUID.randomUUID().toString(),
                changes, "congdan");
        assertThat(draft.fileFor("Đơn đề nghị")).hasValueSatisfying(f -> assertThat(f.reusedResult()).isEqualTo(result));
        String code = drafts.submit(draft.id(), "congdan").dossierCode();

        api.ok("tiepnhan", api.desk().get("/api/v1/dossiers/" + code).json(), "receive", null);
        JsonNode dossier = api.desk().get("/api/v1/dossiers/" + code).json();
        JsonNode component = dossier.get("digitization").get("components").get(0);
        assertThat(component.get("state").asString()).isEqualTo("ELECTRONIC");
        assertThat(component.get("reusedFrom").asString()).isEqualTo(result);
        byte[] attached = api.desk().get("/api/v1/dossiers/" + code + "/documents/"
                + component.get("documentId").asLong()).bytes();
        assertThat(attached).as("the stored result's file, signed")
                .isEqualTo(api.as("congdan").get("/api/v1/dossiers/" + earlier + "/results/" + result).bytes());
        assertThat(api.desk().get("/api/v1/dossiers/" + code + "/history").body()).contains("component-reused");
        String day = dossier.get("receivedAt").asString().substring(0, 10);
        Api officer = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
        assertThat(officer.get("/api/v1/reports/dossier-resolution/dossiers?agency=" + DossierApi.AGENCY + "&from="
                + day + "&to=" + day + "&figure=REUSED_DATA").json().findValuesAsString("code"))
                .as("the ledger's figure behind the 766 metric 4.3").contains(code).doesNotContain(earlier);
    }

    @Test
    void popplersPdfsigValidatesASignedResult() throws Exception {
        assumeTrue(TestSignatures.pdfsigPresent(), "pdfsig (poppler-utils) is not installed");
        String code = readyToResolve().get("code").asString();
        results().upload("chuyenvien", code, TestSignatures.resultPdf("GIẤY CHỨNG NHẬN"));
        api().as("lanhdao").post("/api/v1/dossiers/" + code + "/results/" + code + "-KQ1/sign", "");
        byte[] pdf = api().as("lanhdao").get("/api/v1/dossiers/" + code + "/results/" + code + "-KQ1").bytes();
        assertThat(TestSignatures.pdfsig(pdf)).contains("Signature is Valid", "ETSI.CAdES.detached", "DEMO");
    }

    @Test
    void aSignedResultConvertedToPaperCarriesTheConversionNoteAndEachConversionIsRecorded() throws Exception {
        String code = readyToResolve().get("code").asString();
        results().upload("chuyenvien", code, TestSignatures.resultPdf("GIẤY CHỨNG NHẬN"));
        String resultCode = code + "-KQ1";
        String path = "/api/v1/dossiers/" + code + "/results/" + resultCode + "/paper-copy";
        assertThat(api().as("tiepnhan").post(path + "?copies=2", "").status()).as("not signed yet").isEqualTo(409);
        api().as("lanhdao").post("/api/v1/dossiers/" + code + "/results/" + resultCode + "/sign", "");

        Api.Response printed = api().as("tiepnhan").post(path + "?copies=2", "");
        assertThat(printed.status()).as(printed.body()).isEqualTo(200);
        assertThat(printed.contentType()).isEqualTo("application/pdf");
        assertThat(printed.header("Paper-Copy-Number")).isEqualTo("1");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/paper-copy.pdf"), printed.bytes());
        try (org.apache.pdfbox.pdmodel.PDDocument copy = org.apache.pdfbox.Loader.loadPDF(printed.bytes())) {
            assertThat(copy.getNumberOfPages()).as("the result's page and the note").isEqualTo(2);
            assertThat(copy.getSignatureDictionaries()).as("a print, not a signed document").isEmpty();
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(copy).replaceAll("\\s+", " ");
            assertThat(text).contains("BẢN CHUYỂN ĐỔI TỪ VĂN BẢN ĐIỆN TỬ – Mã kết quả " + resultCode)
                    .contains("GHI CHÚ CHUYỂN ĐỔI").contains("Điều 18 Nghị định số 45/2020/NĐ-CP")
                    .contains("Người thực hiện chuyển đổi: Nguyễn Thị Thu Hà").contains("số bản in: 2")
                    .contains("Chữ ký số: DEMO Phạm Quốc Hùng").contains("Lần chuyển đổi: 1");
        }
        assertThat(api().as("tiepnhan").post(path, "").header("Paper-Copy-Number")).isEqualTo("2");
        assertThat(api().as("tiepnhan").post(path + "?copies=0", "").status()).isEqualTo(400);
        assertThat(api().as("congdan").post(path, "").status()).isIn(403, 404);

        JsonNode copies = api().as("tiepnhan").get("/api/v1/dossiers/" + code + "/results").json().get(0)
                .get("paperCopies");
        assertThat(copies.size()).isEqualTo(2);
        assertThat(copies.get(0).get("copies").asInt()).isEqualTo(2);
        assertThat(copies.get(0).get("convertedByName").asString()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(copies.get(1).get("number").asInt()).isEqualTo(2);
        assertThat(api().as("tiepnhan").get("/api/v1/dossiers/" + code + "/history").body())
                .contains("sang bản giấy");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.core.env.ConfigurableEnvironment environment;

    /** The receipt slip of a dossier received by post, once its job has rendered it. */
    private byte[] receiptSlip() throws InterruptedException {
        DossierApi api = api();
        Api.Response created = api.desk().post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.TEN_DAY_PROCEDURE, "POSTAL", true, "Trần Thị Bưu"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/dossiers/" + created.json().get("code").asString() + "/forms/receipt";
        for (int i = 0; i < 300; i++) {
            Api.Response slip = api.desk().get(path);
            if (slip.status() == 200) {
                return slip.bytes();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the receipt slip was not rendered: " + path);
    }

    @Test
    void withReceiptSigningOnTheReceiptSlipIsSignedByTheAgencyAndVerifies() throws Exception {
        JsonNode unsigned = Api.at(port).upload("/api/v1/signatures/verify", "file", "slip.pdf", receiptSlip())
                .json();
        assertThat(unsigned.get("signatures").size()).as("off by default").isZero();

        var on = new org.springframework.core.env.MapPropertySource("test-sign-receipts",
                java.util.Map.of("motcua.signing.sign-receipts", "true"));
        environment.getPropertySources().addFirst(on);
        byte[] slip;
        try {
            slip = receiptSlip();
        } finally {
            environment.getPropertySources().remove(on.getName());
        }
        JsonNode v = Api.at(port).upload("/api/v1/signatures/verify", "file", "slip.pdf", slip).json();
        assertThat(v.get("intact").asBoolean()).as(v.toString()).isTrue();
        JsonNode signature = v.get("signatures").get(0);
        assertThat(signature.get("signer").asString()).as("the agency's certificate").startsWith("DEMO ")
                .isNotEqualTo("DEMO Phạm Quốc Hùng");
        assertThat(signature.get("chainTrusted").asBoolean()).isTrue();
        assertThat(signature.get("level").asString()).isEqualTo("B-LT");
        if (TestSignatures.pdfsigPresent()) {
            assertThat(TestSignatures.pdfsig(slip)).contains("Signature is Valid");
        }
    }
}
