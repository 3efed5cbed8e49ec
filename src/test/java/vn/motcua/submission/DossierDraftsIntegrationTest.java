package vn.motcua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.dossier.DocumentUpload;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.dossier.SubmittedDossier;
import vn.motcua.shared.ProblemException;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/**
 * Online drafts through the module's API: saved with a file, resumed by their owner only, submitted once. They use the
 * test procedure (one mandatory component), so the demo procedures' draft lists stay as the page tests expect.
 */
@IntegrationTest
class DossierDraftsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DossierDrafts drafts;

    @Autowired
    Dossiers dossiers;

    @BeforeEach
    void theTestProcedureIsPublished() {
        new DossierApi(port).publishTestProcedure();
    }

    @Test
    void aDraftIsSavedWithItsFileAndTheSameFormPostedAgainKeepsOneDraft() {
        String token = UUID.randomUUID().toString();
        DossierDraft saved = drafts.start(DossierApi.AGENCY, DossierApi.TEST_PROCEDURE, token,
                changes("", pdf("don-de-nghi.pdf")), "congdan");
        DossierDraft again = drafts.start(DossierApi.AGENCY, DossierApi.TEST_PROCEDURE, token,
                changes("0912345678", null), "congdan");

        assertThat(again.id()).isEqualTo(saved.id());
        assertThat(again.applicant().name()).isEqualTo("Nguyễn Văn An");
        assertThat(again.applicant().phone()).isEqualTo("0912345678");
        assertThat(again.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("don-de-nghi.pdf");
            assertThat(file.size()).isEqualTo(DossierApi.PDF.length());
        });
        assertThat(again.submitted()).isFalse();
        assertThat(drafts.mine("congdan")).extracting(DossierDraft::id).contains(saved.id());
    }

    @Test
    void aDraftIsResumedAndSavedByItsOwnerOnly() {
        DossierDraft saved = drafts.start(DossierApi.AGENCY, DossierApi.TEST_PROCEDURE,
                UUID.randomUUID().toString(), changes("0912345678", null), "congdan");

        assertThat(drafts.get(saved.id(), "congdan").applicant().phone()).isEqualTo("0912345678");
        assertNotFound(() -> drafts.get(saved.id(), "doanhnghiep"));
        assertNotFound(() -> drafts.save(saved.id(), changes("0987654321", null), "doanhnghiep"));
        assertNotFound(() -> drafts.submit(saved.id(), "doanhnghiep"));
        assertThat(drafts.mine("doanhnghiep")).extracting(DossierDraft::id).doesNotContain(saved.id());
        assertThat(drafts.get(saved.id(), "congdan").applicant().phone()).as("unchanged by the other person")
                .isEqualTo("0912345678");
    }

    @Test
    void aDraftSubmittedTwiceRegistersOneDossier() {
        DossierDraft saved = drafts.start(DossierApi.AGENCY, DossierApi.TEST_PROCEDURE,
                UUID.randomUUID().toString(), changes("0912345678", pdf("giay-de-nghi.pdf")), "congdan");

        DossierDraft first = drafts.submit(saved.id(), "congdan");
        DossierDraft second = drafts.submit(saved.id(), "congdan");

        assertThat(first.submitted()).isTrue();
        assertThat(second.dossierCode()).isEqualTo(first.dossierCode());
        Dossier dossier = dossiers.get(first.dossierCode(), "congdan");
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.channel()).isEqualTo(SubmissionChannel.ONLINE);
        assertThat(dossiers.documents(first.dossierCode(), "congdan")).singleElement()
                .extracting(DossierDocument::fileName).isEqualTo("giay-de-nghi.pdf");
        assertThat(dossiers.submittedBy("congdan", 500)).extracting(SubmittedDossier::code)
                .containsOnlyOnce(first.dossierCode());
        assertThat(drafts.save(saved.id(), changes("0987654321", null), "congdan").applicant().phone())
                .as("a submitted draft no longer changes").isEqualTo("0912345678");
    }

    @Test
    void anIncompleteDraftIsRefusedWithEveryGapAndStaysADraft() {
        DossierDraft saved = drafts.start(DossierApi.AGENCY, DossierApi.TEST_PROCEDURE,
                UUID.randomUUID().toString(), changes("", null), "congdan");

        assertThatThrownBy(() -> drafts.submit(saved.id(), "congdan")).isInstanceOfSatisfying(
                ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemException.Kind.INVALID);
                    assertThat(e.fields()).extracting(ProblemException.FieldProblem::field)
                            .contains("file-0", "applicant.phone");
                });
        assertThat(drafts.get(saved.id(), "congdan").submitted()).isFalse();
    }

    @Test
    void publishedComponentsAreOneUploadEachAndOnlyThoseStatedAsRequiredAreEnforced() {
        // 1.014431: the demo content publishes two components (with their forms) without saying which are required
        DossierDraft saved = drafts.start(DossierApi.AGENCY, "1.014431", UUID.randomUUID().toString(),
                changes("0912345678", pdf("van-ban.pdf")), "congdan");
        assertThat(saved.files()).extracting(DossierDraft.DraftFile::document)
                .containsExactly("Văn bản yêu cầu công nhận");
        DossierDraft submitted = drafts.submit(saved.id(), "congdan");
        assertThat(submitted.submitted()).as("'Thuyết minh' is not stated as required, so it is not enforced").isTrue();

        String page = Api.at(port).as("congdan", DemoAgency.PASSWORD)
                .get("/nop-ho-so/" + DossierApi.AGENCY + "/1.014431").body();
        assertThat(page).contains("Văn bản yêu cầu công nhận", "Mẫu số IV.1.1 Phụ lục IV.1 Nghị định 268/2025/NĐ-CP",
                "Thuyết minh");
    }

    private static DossierDrafts.DraftChanges changes(String phone, DocumentUpload file) {
        return new DossierDrafts.DraftChanges(new DossierDraft.ApplicantFields("CITIZEN", "Nguyễn Văn An",
                "001085012345", phone, null, null), "ONLINE", file == null ? List.of() : List.of(file));
    }

    private static DocumentUpload pdf(String fileName) {
        return new DocumentUpload("1", fileName,
                new ByteArrayInputStream(DossierApi.PDF.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.kind().status()).isEqualTo(404));
    }
}
