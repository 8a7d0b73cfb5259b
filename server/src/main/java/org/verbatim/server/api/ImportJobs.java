package org.verbatim.server.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.core.imports.ImportProgress;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;

/**
 * Long imports (a whole REFI-QDA project) run one at a time off the request thread; the browser
 * polls a job by id for its step and percentage, then its result or error. The last {@link #KEPT}
 * jobs are remembered.
 */
final class ImportJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
  static final int KEPT = 20;

  /** A job as the API shows it; {@code result} once done, {@code error} once failed. */
  record JobView(
      String id,
      String file,
      String state,
      String step,
      int percent,
      @Nullable Object result,
      @Nullable String error) {}

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "verbatim-import");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, JobView> jobs =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JobView> eldest) {
          return size() > KEPT;
        }
      };

  /**
   * Queues {@code work}, which reports step lines to its consumer and returns the result to show;
   * {@code cleanup} runs after it whatever happens. Returns the job as it starts.
   */
  JobView start(
      String file,
      Function<Consumer<String>, Object> work,
      Function<String, String> shown,
      Runnable cleanup) {
    String id = String.valueOf(ids.incrementAndGet());
    ImportProgress[] progress = {ImportProgress.started()};
    JobView queued = view(id, file, "queued", progress[0], null, null);
    put(queued);
    worker.execute(
        () -> {
          try {
            put(view(id, file, "running", progress[0], null, null));
            Object result =
                work.apply(
                    line -> {
                      progress[0] = progress[0].next(line);
                      put(view(id, file, "running", progress[0], null, null));
                    });
            put(view(id, file, "done", new ImportProgress("done", 100), result, null));
          } catch (InvalidInputException | ConflictException | NotFoundException e) {
            put(failed(id, file, progress[0], shown.apply(e.getMessage())));
          } catch (RuntimeException e) {
            LOG.error("import of {} failed", file, e);
            put(failed(id, file, progress[0], file + ": the import failed; the error was logged"));
          } finally {
            cleanup.run();
          }
        });
    return queued;
  }

  /**
   * The job {@code id}.
   *
   * @throws NotFoundException when there is none (or it is long forgotten)
   */
  JobView get(String id) {
    synchronized (jobs) {
      JobView job = jobs.get(id);
      if (job == null) {
        throw new NotFoundException("no import job " + id);
      }
      return job;
    }
  }

  private void put(JobView job) {
    synchronized (jobs) {
      jobs.put(job.id(), job);
    }
  }

  private static JobView failed(String id, String file, ImportProgress at, String error) {
    return view(id, file, "failed", at, null, error);
  }

  private static JobView view(
      String id,
      String file,
      String state,
      ImportProgress at,
      @Nullable Object result,
      @Nullable String error) {
    return new JobView(id, file, state, at.step(), at.percent(), result, error);
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
