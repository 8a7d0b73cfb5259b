package org.verbatim.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.server.auth.Principal;

/**
 * The open server-sent-event streams and who is behind each. Events go out on one sender thread, so
 * a slow browser never holds up the request that caused the event; each event reaches only the
 * subscribers its audience admits. A comment every 20 s keeps idle connections open.
 */
public final class EventHub implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

  private final ObjectMapper json;
  private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(r -> daemon(r, "verbatim-sse-sender"));
  private final ScheduledExecutorService pinger =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "verbatim-sse-ping"));

  public EventHub(ObjectMapper json) {
    this.json = json;
    pinger.scheduleAtFixedRate(() -> sender.execute(this::ping), 20, 20, TimeUnit.SECONDS);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private record Subscriber(SseClient client, Principal principal) {}

  /** Keeps the stream open and sends a {@code hello} event naming the user. */
  void subscribe(SseClient client, Principal principal) {
    Subscriber s = new Subscriber(client, principal);
    subscribers.add(s);
    client.onClose(() -> subscribers.remove(s));
    client.keepAlive();
    String hello = serialise(Map.of("user", principal.username(), "role", principal.role().code()));
    sender.execute(() -> send(s, "hello", hello));
  }

  /**
   * Sends {@code event} with {@code data} (as JSON) to every subscriber {@code audience} admits.
   */
  public void publish(String event, Object data, Predicate<Principal> audience) {
    String payload = serialise(data);
    sender.execute(
        () -> {
          for (Subscriber s : subscribers) {
            if (audience.test(s.principal())) {
              send(s, event, payload);
            }
          }
        });
  }

  /** Closes the streams of matching users (logged out, role changed, disabled). */
  public void disconnect(Predicate<Principal> who) {
    for (Subscriber s : subscribers) {
      if (who.test(s.principal())) {
        subscribers.remove(s);
        sender.execute(() -> s.client().close());
      }
    }
  }

  /** How many streams are open (for tests and diagnostics). */
  public int size() {
    return subscribers.size();
  }

  private void send(Subscriber s, String event, String payload) {
    try {
      if (s.client().terminated()) {
        subscribers.remove(s);
      } else {
        s.client().sendEvent(event, payload);
      }
    } catch (RuntimeException e) {
      LOG.debug("dropping event stream of {}: {}", s.principal().username(), e.toString());
      subscribers.remove(s);
    }
  }

  private void ping() {
    for (Subscriber s : subscribers) {
      try {
        s.client().sendComment("ping");
      } catch (RuntimeException e) {
        subscribers.remove(s);
      }
    }
  }

  private String serialise(Object data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event data is not serialisable", e);
    }
  }

  @Override
  public void close() {
    pinger.shutdownNow();
    for (Subscriber s : subscribers) {
      sender.execute(() -> s.client().close());
    }
    subscribers.clear();
    sender.shutdown();
    try {
      sender.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
