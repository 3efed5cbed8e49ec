package vn.motcua.bench;

import static vn.motcua.bench.DossierLoadDriver.deleteRecursively;
import static vn.motcua.bench.DossierLoadDriver.freePort;
import static vn.motcua.bench.DossierLoadDriver.say;
import static vn.motcua.bench.DossierLoadDriver.seconds;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotcuaApplication;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmissionChannel;

/**
 * The same flow on motcua's services and on Flowable, in one process, on one durable PostgreSQL server, with the same
 * N client threads and no HTTP on either side: register with receipt, transfer, assign, resolve, return the result
 * (motcua: {@link Dossiers#register} and four {@link Dossiers#act}; Flowable: a process instance started and four
 * user tasks found and completed, history level {@code audit}, async history and the async executor off). Rounds
 * alternate; prints completed flows/s of each and the ratio. See bench/README.md, "Write path".
 */
public final class FlowableComparison {

    private static final String AGENCY = DossierFlow.AGENCY;

    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="motcua-bench">
              <process id="dossier" name="Hồ sơ" isExecutable="true">
                <startEvent id="registered" flowable:initiator="registeredBy"/>
                <sequenceFlow id="f1" sourceRef="registered" targetRef="transfer"/>
                <userTask id="transfer" name="Chuyển hồ sơ" flowable:candidateGroups="desk"/>
                <sequenceFlow id="f2" sourceRef="transfer" targetRef="assign"/>
                <userTask id="assign" name="Phân công" flowable:candidateGroups="QLCN-head"/>
                <sequenceFlow id="f3" sourceRef="assign" targetRef="resolve"/>
                <userTask id="resolve" name="Giải quyết" flowable:assignee="${assignee}"/>
                <sequenceFlow id="f4" sourceRef="resolve" targetRef="return"/>
                <userTask id="return" name="Trả kết quả" flowable:candidateGroups="desk"/>
                <sequenceFlow id="f5" sourceRef="return" targetRef="done"/>
                <endEvent id="done"/>
              </process>
            </definitions>
            """;

    private FlowableComparison() {}

    public static void main(String[] args) throws Exception {
        DriverOptions options = DriverOptions.parse(args);
        int clients = options.integer("clients", 6);
        int rounds = options.integer("rounds", 3);
        int roundSeconds = options.integer("seconds", 20);
        Path dataDir = Path.of(options.get("data-dir", "bench/target/flowable-bench-data"));
        deleteRecursively(dataDir);
        int dbPort = freePort();
        try (ConfigurableApplicationContext motcua = new SpringApplicationBuilder(MotcuaApplication.class)
                .run("--motcua.data-dir=" + dataDir, "--motcua.embedded-db.port=" + dbPort, "--motcua.demo=true",
                        "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--spring.datasource.hikari.maximum-pool-size=" + (clients + 4),
                        // --portal=false: motcua's engine alone, without the national portal's deliveries
                        "--motcua.national-portal.demo-stand-in=" + options.get("portal", "true"))) {
            String url = "jdbc:postgresql://localhost:" + dbPort + "/";
            String motcuaDb = url + "postgres?user=postgres";
            try (Connection db = DriverManager.getConnection(motcuaDb); Statement sql = db.createStatement()) {
                sql.execute("CREATE DATABASE flowable");
            }
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(url + "flowable?user=postgres");
            pool.setMaximumPoolSize(clients + 2);
            try (HikariDataSource flowableDb = new HikariDataSource(pool)) {
                ProcessEngineConfiguration configuration = ProcessEngineConfiguration
                        .createStandaloneProcessEngineConfiguration()
                        .setDataSource(flowableDb)
                        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                        .setHistoryLevel(HistoryLevel.AUDIT)
                        .setAsyncExecutorActivate(false);
                ProcessEngine flowable = configuration.buildProcessEngine();
                flowable.getRepositoryService().createDeployment()
                        .addString("dossier.bpmn20.xml", PROCESS).deploy();
                Dossiers dossiers = motcua.getBean(Dossiers.class);
                for (int i = 0; i < 50; i++) {
                    motcuaFlow(dossiers, i);
                    flowableFlow(flowable, i);
                }
                say("Warmed up; %d rounds of %d s each, %d client threads", rounds, roundSeconds, clients);
                List<String> report = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                BackgroundWork.drain(motcuaDb);
                CpuTime cpu = CpuTime.of(motcuaDb, List.of(ProcessHandle.current().pid())); // motcua runs in this JVM
                for (int r = 1; r <= rounds; r++) {
                    // motcua's rate counts the background work its flows queued (receipts to render, deliveries to
                    // the national portal): Flowable's round starts only once it is done, so never beside it
                    double ours = drive("motcua", cpu, clients, roundSeconds, i -> motcuaFlow(dossiers, i),
                            () -> BackgroundWork.drain(motcuaDb));
                    double theirs = drive("Flowable", cpu, clients, roundSeconds, i -> flowableFlow(flowable, i),
                            () -> 0);
                    ratios.add(ours / theirs);
                    String line = String.format(Locale.ROOT, "| %d | %.1f | %.1f | **%.2f×** |", r, ours, theirs,
                            ours / theirs);
                    say("%s", line);
                    report.add(line);
                }
                Collections.sort(ratios);
                say("Median ratio motcua ÷ Flowable completed flows/s: %.2f", ratios.get(ratios.size() / 2));
                flowable.close();
                Files.write(dataDir.resolve("results.md"), report, StandardCharsets.UTF_8);
            }
        }
    }

    private interface Walk {
        void flow(int i) throws Exception;
    }

    private interface Drain {
        double seconds() throws Exception;
    }

    /**
     * Completed flows per second of {@code clients} threads walking flows for {@code seconds}, counting the time
     * {@code drain} then takes; prints the CPU one flow took in this JVM and in PostgreSQL.
     */
    private static double drive(String engine, CpuTime cpu, int clients, int seconds, Walk walk, Drain drain)
            throws Exception {
        CpuTime.Sample before = cpu.sample();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients,
                task -> new Thread(task, "client-" + engine + "-" + threads.incrementAndGet()));
        List<Future<Integer>> done = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                int flows = 0;
                for (int i = client; System.nanoTime() < deadline; i += clients) {
                    walk.flow(i);
                    flows++;
                }
                return flows;
            }));
        }
        int flows = 0;
        for (Future<Integer> f : done) {
            flows += f.get();
        }
        double elapsed = seconds(started);
        double drained = drain.seconds();
        if (drained > 0.05) {
            say("  background work drained in %.1f s after the %.1f s of flows", drained, elapsed);
        }
        say("  %s: %s", engine, cpu.sample().since(before).inProcess(flows, "flow"));
        pool.shutdown(); // after the sample: the client threads, idle while the work drains, still count as theirs
        return flows / (elapsed + drained);
    }


    private static void motcuaFlow(Dossiers dossiers, int i) {
        Dossier d = dossiers.register(new NewDossier(AGENCY, "1.014438", SubmissionChannel.DIRECT, null,
                new Applicant(Applicant.Type.CITIZEN, "Người nộp thử tải " + i, "001085012345", null, null, null),
                true, null), "tiepnhan").dossier();
        d = dossiers.act(d.code(), DossierAction.TRANSFER, d.version(),
                () -> new ActionCommand.Transfer("QLCN", null, null), "tiepnhan").dossier();
        d = dossiers.act(d.code(), DossierAction.ASSIGN, d.version(),
                () -> new ActionCommand.Assign("chuyenvien", null), "truongphong").dossier();
        d = dossiers.act(d.code(), DossierAction.RESOLVE, d.version(),
                () -> new ActionCommand.Resolve(Outcome.GRANTED, null), "lanhdao").dossier();
        dossiers.act(d.code(), DossierAction.RETURN_RESULT, d.version(),
                () -> new ActionCommand.ReturnResult(ResultDelivery.DESK, null), "tiepnhan");
    }

    private static void flowableFlow(ProcessEngine flowable, int i) {
        RuntimeService runtime = flowable.getRuntimeService();
        TaskService tasks = flowable.getTaskService();
        flowable.getIdentityService().setAuthenticatedUserId("tiepnhan");
        String instance = runtime.startProcessInstanceByKey("dossier", AGENCY + "-" + i, Map.of(
                "agencyCode", AGENCY, "procedureCode", "1.014438", "channel", "DIRECT",
                "applicantName", "Người nộp thử tải " + i, "applicantIdNumber", "001085012345")).getId();
        complete(tasks, instance, "tiepnhan", Map.of("unit", "QLCN"));
        complete(tasks, instance, "truongphong", Map.of("assignee", "chuyenvien"));
        complete(tasks, instance, "lanhdao", Map.of("outcome", "GRANTED"));
        complete(tasks, instance, "tiepnhan", Map.of("delivery", "DESK"));
    }

    private static void complete(TaskService tasks, String instance, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.complete(task.getId(), user, variables);
    }
}
