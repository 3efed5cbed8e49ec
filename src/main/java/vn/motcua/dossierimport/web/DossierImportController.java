package vn.motcua.dossierimport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossierimport.DossierImports;
import vn.motcua.shared.web.VietnamTime;

/**
 * Import of historical dossiers over HTTP: the request body is NDJSON, read line by line as it arrives (never held
 * whole). The response headers, with the run's id in {@code X-Import-Run}, are sent before the body is read, so a
 * client can watch a long import at {@code GET /api/v1/dossiers/import/runs/{id}}; the summary follows once the whole
 * body has been imported.
 */
@Tag(name = "Nhập hồ sơ cũ", description = "Chuyển hồ sơ từ hệ thống cũ (NDJSON), theo dõi tiến độ")
@RestController
class DossierImportController {

    static final String NDJSON = "application/x-ndjson";

    private final DossierImports imports;
    private final JsonMapper json;

    DossierImportController(DossierImports imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    /** A run as the API shows it, times in Vietnam. */
    record RunJson(long id, String status, String startedBy, OffsetDateTime startedAt, String fileName,
            String fileSha256, int fromLine, long linesRead, long accepted, long unchanged, long refused,
            OffsetDateTime updatedAt, OffsetDateTime finishedAt, String error) {

        static RunJson of(DossierImports.Run r) {
            return new RunJson(r.id(), r.status().name(), r.startedBy(), VietnamTime.offset(r.startedAt()),
                    r.fileName(), r.fileSha256(), r.fromLine(), r.linesRead(), r.accepted(), r.unchanged(),
                    r.refused(), VietnamTime.offset(r.updatedAt()), VietnamTime.offset(r.finishedAt()), r.error());
        }
    }

    @Operation(summary = "Nhập hồ sơ từ hệ thống cũ (NDJSON)",
            description = "Mỗi dòng một hồ sơ với lịch sử; dòng lỗi bị từ chối kèm lý do, các dòng khác vẫn nhập. "
                    + "Nhập lại cùng tệp không tạo trùng. Trả về lần nhập với tiến độ.")
    @PostMapping(path = "/api/v1/dossiers/import", consumes = NDJSON, produces = MediaType.APPLICATION_JSON_VALUE)
    void importDossiers(@RequestParam(defaultValue = "1") int fromLine,
            @RequestParam(required = false) String fileName, HttpServletRequest request,
            HttpServletResponse response, Authentication caller) throws IOException {
        DossierImports.Run run = imports.start(fileName, fromLine, caller.getName());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Import-Run", String.valueOf(run.id()));
        response.setHeader(HttpHeaders.LOCATION, "/api/v1/dossiers/import/runs/" + run.id());
        response.flushBuffer();
        Object body;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(request.getInputStream(),
                StandardCharsets.UTF_8), 1 << 16)) {
            body = imports.importLines(run.id(), lines, caller.getName(), progress -> {});
        } catch (RuntimeException failed) {
            // the status line is already sent: say what happened in the body; the run is recorded as FAILED
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("runId", run.id());
            failure.put("status", DossierImports.Status.FAILED.name());
            failure.put("error", "Lượt nhập dừng do lỗi: " + failed.getMessage());
            body = failure;
        }
        json.writeValue(response.getOutputStream(), body);
    }

    @Operation(summary = "Một lần nhập hồ sơ",
            description = "Tiến độ (đã đọc, đã nhập, bị từ chối), các dòng bị từ chối và lý do.")
    @GetMapping(path = "/api/v1/dossiers/import/runs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RunJson run(@PathVariable long id, Authentication caller) {
        return RunJson.of(imports.run(id, caller.getName()));
    }

    @Operation(summary = "Các lần nhập hồ sơ",
            description = "Danh sách các lần nhập, mới nhất trước.")
    @GetMapping(path = "/api/v1/dossiers/import/runs", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RunJson> runs(@RequestParam(defaultValue = "20") int limit, Authentication caller) {
        return imports.runs(limit, caller.getName()).stream().map(RunJson::of).toList();
    }
}
