package org.verbatim.core.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.NewCode;

class GroupCommitIT {
  @TempDir Path dir;

  @Test
  void concurrentWritesAllCommitAndAFailingOneLeavesNothingBehindNorHarmsTheOthers()
      throws Exception {
    Path file = dir.resolve("p.sqlite");
    AtomicInteger conflicts = new AtomicInteger();
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        // every fourth name repeats an earlier one: a conflict that must roll back only itself
        String name = i % 4 == 3 ? "code " + (i - 1) : "code " + i;
        futures.add(
            pool.submit(
                () -> {
                  try {
                    store.codes().create(new NewCode(Optional.empty(), name, "", "#336699"), "t");
                  } catch (ConflictException e) {
                    conflicts.incrementAndGet();
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
    }
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      assertThat(conflicts.get()).isEqualTo(100);
      assertThat(store.codes().list()).hasSize(300);
      assertThat(store.audit().list(0, 10_000)).hasSize(300);
      assertThat(store.undo().state("t").undo()).isPresent();
    }
  }
}
