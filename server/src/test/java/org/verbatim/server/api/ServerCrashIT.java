package org.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.project.Project;
import org.verbatim.server.cli.VerbatimCli;

/**
 * {@code verbatim serve} in a child JVM on 127.0.0.1, killed with SIGKILL while coders create
 * codings: every coding the server acknowledged (201) is in the store afterwards.
 */
class ServerCrashIT {
  static final Pattern PASSWORD = Pattern.compile("with password (\\S+)");

  @TempDir Path tmp;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void everyCodingTheServerAcknowledgedSurvivesAKillDashNine() throws Exception {
    Path project = tmp.resolve("project");
    Path transcript =
        Files.writeString(
            tmp.resolve("P01.txt"),
            "Interviewer: How did the team support you?\nNurse K: Peer support kept me going.\n",
            StandardCharsets.UTF_8);
    assertThat(VerbatimCli.commandLine().execute("init", project.toString())).isZero();
    assertThat(
            VerbatimCli.commandLine().execute("import", project.toString(), transcript.toString()))
        .isZero();
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                VerbatimCli.class.getName(),
                "serve",
                project.toString(),
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port))
            .redirectError(tmp.resolve("server-stderr.txt").toFile())
            .start();
    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    ExecutorService coders = Executors.newFixedThreadPool(4);
    try {
      String password = null;
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher m = PASSWORD.matcher(line);
        if (m.find()) {
          password = m.group(1);
        }
        if (line.startsWith("serving ")) {
          break;
        }
      }
      assertThat(password).as(Files.readString(tmp.resolve("server-stderr.txt"))).isNotNull();
      ApiClient owner = new ApiClient(port);
      assertThat(owner.login("owner", password).status()).isEqualTo(200);
      long code = owner.post("/api/codes", Map.of("name", "Support")).json().get("id").asLong();
      long doc = owner.get("/api/documents").json().get(0).get("id").asLong();
      AtomicBoolean running = new AtomicBoolean(true);
      for (int t = 0; t < 4; t++) {
        int offset = t;
        coders.submit(
            () -> {
              // one session shared by four threads: HttpClient is thread-safe
              for (int i = 0; running.get(); i++) {
                try {
                  int start = (i * 4 + offset) % 40;
                  ApiClient.Response r =
                      owner.post(
                          "/api/codings",
                          Map.of("document", doc, "code", code, "start", start, "end", start + 5));
                  if (r.status() == 201) {
                    acknowledged.add(r.json().get("id").asLong());
                  }
                } catch (AssertionError connectionLost) {
                  return;
                }
              }
            });
      }
      Thread.sleep(3000);
      server.destroyForcibly(); // SIGKILL: no shutdown hook runs
      running.set(false);
    } finally {
      server.destroyForcibly();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
      coders.shutdownNow();
      assertThat(coders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged).isNotEmpty();
    try (Project p = Project.open(project)) {
      List<Long> lost =
          acknowledged.stream()
              .filter(id -> p.store().codings().get(new CodingId(id)).isEmpty())
              .toList();
      assertThat(lost).as("acknowledged codings missing after kill -9").isEmpty();
    }
  }
}
