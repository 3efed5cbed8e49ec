package vn.motcua.dossierimport.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.HistoricalDossier;
import vn.motcua.dossier.HistoricalDossierRefused;
import vn.motcua.dossier.HistoricalDossiers;
import vn.motcua.rating.DossierRatings;
import vn.motcua.dossierimport.DossierImports;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/**
 * Imports historical dossiers batch by batch, in two stages: the calling thread reads a batch, checks it (bad lines
 * refused, codes already in the database counted unchanged), replays it and makes its rows ready, while a writer
 * thread copies the previous batch in one transaction with the run's counters. Memory stays flat: two batches of
 * lines, the run's look-ups and the capped lists of the summary.
 */
@Service
class DossierImporter implements DossierImports {

    private static final Logger log = LoggerFactory.getLogger(DossierImporter.class);
    private static final int MAX_REFUSALS_LISTED = 10_000;
    private static final int MAX_EARLIEST_LISTED = 1_000;

    private final ImportRunRepository runs;
    private final HistoricalDossiers dossiers;
    private final Users users;
    private final Agencies agencies;
    private final Catalog catalog;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ImportLineParser parser;
    private final DossierRatings ratings;

    DossierImporter(ImportRunRepository runs, HistoricalDossiers dossiers, Users users, Agencies agencies,
            Catalog catalog, WorkingCalendar calendar, TransactionTemplate transactions, Clock clock,
            JsonMapper json, DossierRatings ratings) {
        this.ratings = ratings;
        this.runs = runs;
        this.dossiers = dossiers;
        this.users = users;
        this.agencies = agencies;
        this.catalog = catalog;
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
        this.parser = new ImportLineParser(json);
    }

    @Override
    public Run start(String fileName, int fromLine, String actor) {
        requireMayImport(user(actor));
        if (fromLine < 1) {
            throw ProblemException.invalidField("fromLine", "Dòng bắt đầu (fromLine) phải từ 1 trở lên.");
        }
        long id = runs.start(actor, fileName, fromLine, clock.instant());
        return runs.find(id).orElseThrow();
    }

    @Override
    public Run run(long runId, String actor) {
        UserAccount user = user(actor);
        Run run = runs.find(runId).orElseThrow(() -> ProblemException.notFound("Không có lượt nhập hồ sơ số "
                + runId + "."));
        if (!run.startedBy().equalsIgnoreCase(actor)) {
            requireMayImport(user);
        }
        return run;
    }

    @Override
    public List<Run> runs(int limit, String actor) {
        requireMayImport(user(actor));
        return runs.latest(Math.max(1, Math.min(limit, 100)));
    }

    @Override
    public Summary importLines(long runId, BufferedReader input, String actor, Consumer<Run> progress) {
        Run run = runs.find(runId).orElseThrow(() -> ProblemException.notFound("Không có lượt nhập hồ sơ số "
                + runId + "."));
        if (!run.startedBy().equals(actor) || run.status() != Status.RUNNING) {
            throw ProblemException.conflict("Lượt nhập số " + runId + " không phải lượt đang chờ dữ liệu của bạn.");
        }
        long started = System.nanoTime();
        RunState state = new RunState(run, new ImportLookups(agencies, catalog, user(actor)),
                dossiers.replayer());
        MessageDigest sha256 = sha256();
        ExecutorService writing = Executors.newSingleThreadExecutor(task -> new Thread(task,
                "dossier-import-" + runId));
        Future<Batch> inFlight = null;
        List<Pending> lines = new ArrayList<>(BATCH_LINES);
        long lineNumber = 0;
        try {
            for (String text = input.readLine(); text != null; text = input.readLine()) {
                lineNumber++;
                sha256.update(text.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) '\n');
                if (lineNumber < run.fromLine() || text.isBlank()) {
                    continue;
                }
                lines.add(new Pending(lineNumber, text));
                if (lines.size() == BATCH_LINES) {
                    Batch next = prepare(lines, lineNumber, state, actor);
                    settle(inFlight, state, progress);
                    inFlight = writing.submit(() -> write(next, runId));
                    lines = new ArrayList<>(BATCH_LINES);
                }
            }
            Batch last = prepare(lines, lineNumber, state, actor);
            settle(inFlight, state, progress);
            inFlight = null;
            settle(writing.submit(() -> write(last, runId)), state, progress);
        } catch (IOException | RuntimeException e) {
            stop(writing);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Import run {} failed at line {}: {}", runId, lineNumber, error);
            runs.finish(runId, Status.FAILED, state.linesWritten, null, error, clock.instant());
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        } finally {
            writing.shutdownNow();
        }
        runs.finish(runId, Status.FINISHED, lineNumber, HexFormat.of().formatHex(sha256.digest()), null,
                clock.instant());
        Run finished = runs.find(runId).orElseThrow();
        progress.accept(finished);
        return state.summary(finished, (System.nanoTime() - started) / 1_000_000);
    }

    /** A batch of lines, checked and replayed, with the rows to copy for those to write. */
    private record Batch(List<Pending> lines, List<Pending> toWrite, HistoricalDossiers.Rows rows, long lastLine,
            Instant now) {}

    /**
     * Reads, checks and replays a batch, and makes its rows ready, outside any transaction: this runs while the
     * previous batch is being written, so the database and the replay share the two halves of the work.
     */
    private Batch prepare(List<Pending> lines, long lastLine, RunState state, String actor) {
        Instant now = clock.instant();
        List<Pending> candidates = new ArrayList<>(lines.size());
        for (Pending p : lines) {
            try {
                ImportLineParser.Parsed parsed = parser.read(p.number, p.text);
                p.line = parsed.dossier();
                p.rating = parsed.rating();
                state.lookups.requireMayImport(p.line.agencyCode());
                candidates.add(p);
            } catch (HistoricalDossierRefused refused) {
                p.refuse(refused.reason());
            }
        }
        Set<String> existing = dossiers.existing(candidates.stream().map(p -> p.line.code()).distinct().toList());
        List<Pending> toWrite = new ArrayList<>(candidates.size());
        Set<String> codesToWrite = new HashSet<>();
        for (Pending p : candidates) {
            // a code already in the database, or written by an earlier line of the batch, is left as it is
            if (existing.contains(p.line.code()) || codesToWrite.contains(p.line.code())) {
                p.result = Result.UNCHANGED;
                continue;
            }
            try {
                HistoricalDossier line = p.line;
                LocalDate receivedOn = LocalDate.ofInstant(line.receivedAt(),
                        calendar.officeHours(line.agencyCode()).zone());
                p.match = state.lookups.procedure(line.agencyCode(), line.procedureCode(), receivedOn);
                Map<String, Object> origin = new LinkedHashMap<>();
                origin.put("importRun", state.run.id());
                origin.put("line", p.number);
                p.replayed = state.replayer.replay(line, p.match.version(), p.match.earliest(), actor, now, origin);
                toWrite.add(p);
                codesToWrite.add(line.code());
            } catch (HistoricalDossierRefused refused) {
                p.refuse(refused.reason());
            }
        }
        if (toWrite.isEmpty()) {
            return new Batch(lines, toWrite, null, lastLine, now);
        }
        return new Batch(lines, toWrite, dossiers.rows(toWrite.stream().map(p -> p.replayed).toList(), now),
                lastLine, now);
    }

    /**
     * Writes a batch and the run's counters in one transaction. Should that fail — another import wrote one of its
     * codes meanwhile (or the previous batch did, unseen when this one was checked), or the database refuses a row —
     * the batch is written again line by line, each behind a savepoint, so that only the offending lines are lost.
     */
    private Batch write(Batch batch, long runId) {
        try {
            transactions.executeWithoutResult(tx -> {
                if (batch.rows() != null) {
                    dossiers.write(batch.rows());
                    List<DossierRatings.ImportedRating> rated = batch.toWrite().stream().map(p -> p.rating)
                            .filter(java.util.Objects::nonNull).toList();
                    if (!rated.isEmpty()) {
                        ratings.recordImported(rated);
                    }
                }
                batch.toWrite().forEach(p -> p.result = Result.ACCEPTED);
                count(batch, runId);
            });
        } catch (DataAccessException batchFailed) {
            log.info("Import run {}: batch ending at line {} written line by line ({})", runId, batch.lastLine(),
                    batchFailed.getMostSpecificCause().getMessage());
            transactions.executeWithoutResult(tx -> {
                for (Pending p : batch.toWrite()) {
                    Object savepoint = tx.createSavepoint();
                    try {
                        dossiers.write(dossiers.rows(List.of(p.replayed), batch.now()));
                        if (p.rating != null) {
                            ratings.recordImported(List.of(p.rating));
                        }
                        tx.releaseSavepoint(savepoint);
                        p.result = Result.ACCEPTED;
                    } catch (DuplicateKeyException alreadyThere) {
                        tx.rollbackToSavepoint(savepoint);
                        p.result = Result.UNCHANGED;
                    } catch (DataAccessException refused) {
                        tx.rollbackToSavepoint(savepoint);
                        p.refuse("Không ghi được hồ sơ vào cơ sở dữ liệu: "
                                + refused.getMostSpecificCause().getMessage());
                    }
                }
                count(batch, runId);
            });
        }
        return batch;
    }

    /** Adds the batch's counts to the run row, inside the batch's transaction. */
    private void count(Batch batch, long runId) {
        long accepted = 0;
        long unchanged = 0;
        long refused = 0;
        for (Pending p : batch.lines()) {
            switch (p.result) {
                case ACCEPTED -> accepted++;
                case UNCHANGED -> unchanged++;
                case REFUSED -> refused++;
            }
        }
        runs.progress(runId, batch.lastLine(), accepted, unchanged, refused, clock.instant());
    }

    /** Waits for the batch being written; its lines then join the run's totals and the progress is reported. */
    private void settle(Future<Batch> inFlight, RunState state, Consumer<Run> progress) {
        if (inFlight == null) {
            return;
        }
        Batch written;
        try {
            written = inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi đang ghi hồ sơ nhập", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
        state.remember(written.lines(), written.lastLine());
        progress.accept(state.progress(clock.instant()));
    }

    /** Lets a batch being written finish (or fail) before the run is marked failed. */
    private static void stop(ExecutorService writing) {
        writing.shutdown();
        try {
            writing.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The signed-in user, or null for the system itself (the command line). */
    private UserAccount user(String actor) {
        if (SYSTEM.equals(actor)) {
            return null;
        }
        return users.find(actor).orElseThrow(() -> new ProblemException(ProblemException.Kind.FORBIDDEN,
                "Tài khoản không tồn tại hoặc đã bị khóa."));
    }

    private static void requireMayImport(UserAccount user) {
        if (user == null || user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.CONTROL_OFFICER)) {
            return;
        }
        throw new ProblemException(ProblemException.Kind.FORBIDDEN, "Chỉ quản trị viên hoặc cán bộ kiểm soát thủ tục hành chính được nhập hồ sơ "
                + "lịch sử.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private enum Result { ACCEPTED, UNCHANGED, REFUSED }

    /** One line of the current batch and what became of it. */
    private static final class Pending {
        final long number;
        final String text;
        HistoricalDossier line;
        ImportLookups.Match match;
        HistoricalDossiers.Replayed replayed;
        DossierRatings.ImportedRating rating;
        Result result;
        String reason;

        Pending(long number, String text) {
            this.number = number;
            this.text = text;
        }

        void refuse(String why) {
            result = Result.REFUSED;
            reason = why;
        }
    }

    /** The run's totals and the capped lists of its summary. */
    private static final class RunState {
        final Run run;
        final ImportLookups lookups;
        final HistoricalDossiers.Replayer replayer;
        long accepted;
        long unchanged;
        long refused;
        long earliest;
        /** The last line of the last batch committed. */
        long linesWritten;
        final List<Refusal> refusals = new ArrayList<>();
        final List<EarliestVersion> earliestMatches = new ArrayList<>();

        RunState(Run run, ImportLookups lookups, HistoricalDossiers.Replayer replayer) {
            this.run = run;
            this.lookups = lookups;
            this.replayer = replayer;
        }

        /** Once the batch is committed: its counts and listed lines join the run's. */
        void remember(List<Pending> batch, long lastLine) {
            linesWritten = lastLine;
            for (Pending p : batch) {
                switch (p.result) {
                    case ACCEPTED -> {
                        accepted++;
                        if (p.match.earliest()) {
                            earliest++;
                            if (earliestMatches.size() < MAX_EARLIEST_LISTED) {
                                earliestMatches.add(new EarliestVersion(p.number, p.line.code(),
                                        p.match.version().code(), p.match.version().version()));
                            }
                        }
                    }
                    case UNCHANGED -> unchanged++;
                    case REFUSED -> {
                        refused++;
                        if (refusals.size() < MAX_REFUSALS_LISTED) {
                            refusals.add(new Refusal(p.number, p.line == null ? null : p.line.code(), p.reason));
                        }
                    }
                }
            }
        }

        Run progress(Instant now) {
            return new Run(run.id(), run.startedBy(), run.startedAt(), run.fileName(), null, run.fromLine(),
                    linesWritten, accepted, unchanged, refused, Status.RUNNING, now, null, null);
        }

        Summary summary(Run finished, long elapsedMillis) {
            List<String> notes = new ArrayList<>();
            if (run.fromLine() > 1) {
                notes.add("Đã bỏ qua " + count(run.fromLine() - 1) + " dòng đầu theo tham số fromLine.");
            }
            if (unchanged > 0) {
                notes.add(count(unchanged) + " hồ sơ đã có trong hệ thống (theo mã hồ sơ) nên được giữ nguyên, "
                        + "không cập nhật.");
            }
            if (earliest > 0) {
                notes.add(count(earliest) + " hồ sơ có ngày tiếp nhận trước mọi phiên bản của thủ tục nên được gắn "
                        + "với phiên bản sớm nhất (xem matchedEarliestVersion"
                        + (earliest > earliestMatches.size() ? ", liệt kê " + count(earliestMatches.size())
                                + " hồ sơ đầu" : "") + ").");
            }
            if (refused > refusals.size()) {
                notes.add("Chỉ liệt kê " + count(refusals.size()) + " dòng bị từ chối đầu tiên trên tổng số "
                        + count(refused) + ".");
            }
            return new Summary(run.id(), finished.status(), run.fromLine(), finished.linesRead(), accepted,
                    unchanged, refused, List.copyOf(refusals), earliest, List.copyOf(earliestMatches),
                    List.copyOf(notes), elapsedMillis);
        }

        /** "120.000": thousands grouped the Vietnamese way. */
        static String count(long n) {
            return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
        }
    }
}
