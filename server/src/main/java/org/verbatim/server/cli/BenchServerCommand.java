package org.verbatim.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Folders;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;
import org.verbatim.server.api.ServerConfig;
import org.verbatim.server.auth.LoginThrottle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench-server}: N coders create codings over loopback HTTP for a while against a
 * fresh project; prints latency percentiles and whether the store holds exactly the acknowledged
 * codings. A benchmark to record, not a test.
 */
@Command(
    name = "bench-server",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: concurrent coders creating codings on 127.0.0.1 against a temporary project.",
      "Prints requests, p50/p90/p99/max latency and stored vs acknowledged codings."
    })
final class BenchServerCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "bench-password-not-secret";

  @Spec CommandSpec spec;

  @Option(
      names = "--coders",
      defaultValue = "20",
      description = "Concurrent coders (default ${DEFAULT-VALUE}).")
  int coders;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      description = "How long they code (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--think-ms",
      defaultValue = "0",
      description =
          "Mean pause of each coder between codings, in ms (default ${DEFAULT-VALUE}: back to back,"
              + " a stress test; people pause seconds).")
  int thinkMs;

  @Option(
      names = "--dir",
      description = "Project folder to create (default: a temporary folder, deleted after).")
  Optional<Path> dir;

  @Override
  public Integer call() throws Exception {
    if (coders < 1 || seconds < 1 || thinkMs < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--coders and --seconds must be at least 1, --think-ms at least 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path folder = dir.orElse(Files.createTempDirectory("verbatim-bench").resolve("project"));
    try (Project project = Project.create(folder)) {
      DocumentSummary doc =
          // the text is made here, not read from a file: no reading, no sentence splitting
          new DocumentImporter(project, new TranscriptImport((text, turns, language) -> List.of()))
              .importContent(document(), "bench");
      Accounts accounts = ServerLauncher.accounts(project);
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= coders; i++) {
        names.add(String.format("bench%02d", i));
        accounts.create(names.get(i - 1), Role.CODER, Optional.of(PASSWORD), "bench");
      }
      ServerConfig config =
          ServerConfig.defaults()
              .withThrottle(
                  LoginThrottle.USERNAME_DEFAULT,
                  new LoginThrottle.Policy(
                      10_000, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1)));
      Result result;
      try (ServerLauncher.Running server = ServerLauncher.start(project, "127.0.0.1", 0, config)) {
        out.printf(
            "bench-server: %d coders, %d s, think %d ms, document of %d characters, port %d%n",
            coders, seconds, thinkMs, doc.length(), server.port());
        out.println("machine       " + machine());
        out.flush();
        result = run(server.port(), names, doc);
      }
      long stored =
          project
              .services()
              .codings()
              .all(new Actor("bench", Role.OWNER, Optional.empty()), Set.of(), Optional.empty())
              .size();
      out.println("machine after " + machine());
      report(out, result, stored);
      return 0;
    } finally {
      if (dir.isEmpty()) {
        Folders.deleteRecursively(folder.getParent());
      }
    }
  }

  private record Result(
      long[] latenciesNanos, long acknowledged, long failed, long codeId, double elapsedSeconds) {}

  private Result run(int port, List<String> names, DocumentSummary doc) throws Exception {
    String base = "http://127.0.0.1:" + port;
    List<Client> clients = new ArrayList<>();
    for (String name : names) {
      clients.add(Client.login(base, name));
    }
    long code = clients.get(0).createCode("Bench code");
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(seconds).toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    for (Client c : clients) {
      futures.add(pool.submit(() -> c.codeUntil(deadline, code, doc, thinkMs)));
    }
    List<Long> latencies = new ArrayList<>();
    long acked = 0;
    long failed = 0;
    for (int i = 0; i < futures.size(); i++) {
      futures.get(i).get();
      acked += clients.get(i).acknowledged;
      failed += clients.get(i).failed;
      latencies.addAll(clients.get(i).latencies);
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Result(
        latencies.stream().mapToLong(Long::longValue).toArray(), acked, failed, code, elapsed);
  }

  private void report(PrintWriter out, Result r, long stored) {
    long[] l = r.latenciesNanos();
    Arrays.sort(l);
    out.printf("requests      %d (%.0f/s)%n", l.length, l.length / r.elapsedSeconds());
    out.printf("acknowledged  %d%n", r.acknowledged());
    out.printf("failed        %d%n", r.failed());
    out.printf(
        "latency ms    p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
        pct(l, 50), pct(l, 90), pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6);
    out.printf("stored        %d codings%n", stored);
    out.printf("stored == acknowledged: %s%n", stored == r.acknowledged() ? "yes" : "NO");
    out.printf("p99 < 50 ms: %s%n", pct(l, 99) < 50 ? "yes" : "NO");
  }

  /** Cores and load average: figures from a busy machine are not comparable to a quiet one's. */
  private static String machine() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return String.format(
        java.util.Locale.ROOT,
        "%d cores, load average %.2f",
        os.getAvailableProcessors(),
        os.getSystemLoadAverage());
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  private static DocumentContent document() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 20_000; i++) {
      sb.append("Participant ")
          .append(i % 12)
          .append(": The ward changed after the peer support meetings began, sentence ")
          .append(i)
          .append(".\n");
    }
    return new DocumentContent(
        "bench", Language.ENGLISH, SourceFormat.TXT, sb.toString(), List.of(), List.of());
  }

  /** One coder's browser: its own cookie jar and CSRF token, one request at a time. */
  private static final class Client {
    final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .build();
    final String base;
    final List<Long> latencies = new ArrayList<>();
    String csrf = "";
    long acknowledged;
    long failed;

    private Client(String base) {
      this.base = base;
    }

    static Client login(String base, String name) throws IOException, InterruptedException {
      Client c = new Client(base);
      HttpResponse<String> r =
          c.post("/api/session", Map.of("username", name, "password", PASSWORD));
      if (r.statusCode() != 200) {
        throw new IllegalStateException("login of " + name + " failed: " + r.body());
      }
      c.csrf = JSON.readTree(r.body()).get("csrfToken").asText();
      return c;
    }

    long createCode(String name) throws IOException, InterruptedException {
      HttpResponse<String> r = post("/api/codes", Map.of("name", name));
      return JSON.readTree(r.body()).get("id").asLong();
    }

    long[] codeUntil(long deadline, long code, DocumentSummary doc, int thinkMs)
        throws IOException, InterruptedException {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      while (System.nanoTime() < deadline) {
        int start = random.nextInt(doc.length() - 100);
        Map<String, Object> body =
            Map.of(
                "document",
                doc.id().value(),
                "code",
                code,
                "start",
                start,
                "end",
                start + 1 + random.nextInt(99));
        long t0 = System.nanoTime();
        HttpResponse<String> r = post("/api/codings", body);
        latencies.add(System.nanoTime() - t0);
        if (r.statusCode() == 201) {
          acknowledged++;
        } else {
          failed++;
        }
        if (thinkMs > 0) {
          Thread.sleep(random.nextLong(2L * thinkMs + 1));
        }
      }
      return new long[0];
    }

    HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .header("X-CSRF-Token", csrf)
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build();
      return http.send(req, HttpResponse.BodyHandlers.ofString());
    }
  }
}
