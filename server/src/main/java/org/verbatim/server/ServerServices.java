package org.verbatim.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.verbatim.core.coding.Autocoder;
import org.verbatim.core.coding.CodebookService;
import org.verbatim.core.coding.CodingService;
import org.verbatim.core.coding.MemoService;
import org.verbatim.core.coding.ProjectSettings;
import org.verbatim.core.reconcile.ReconciliationService;
import org.verbatim.core.search.SearchIndex;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.server.api.ApiJson;
import org.verbatim.server.api.EventHub;
import org.verbatim.server.auth.Accounts;
import org.verbatim.server.auth.LoginThrottle;
import org.verbatim.server.auth.PasswordHasher;
import org.verbatim.server.auth.SessionManager;

/**
 * Everything the API needs, built once per project: the store and index it serves, and the services
 * on top. The caller owns the store and index; {@link #close} ends only the event streams.
 */
public record ServerServices(
    ProjectStore store,
    SearchIndex search,
    ServerConfig config,
    ObjectMapper json,
    Accounts accounts,
    SessionManager sessions,
    LoginThrottle throttle,
    ProjectSettings settings,
    CodebookService codebook,
    CodingService codings,
    MemoService memos,
    Autocoder autocoder,
    ReconciliationService reconciliation,
    EventHub events)
    implements AutoCloseable {

  public static ServerServices create(ProjectStore store, SearchIndex search, ServerConfig config) {
    ObjectMapper json = ApiJson.mapper();
    ProjectSettings settings = new ProjectSettings(store.settings());
    return new ServerServices(
        store,
        search,
        config,
        json,
        accounts(store),
        new SessionManager(
            store.sessions(),
            store.users(),
            store.coders(),
            config.clock(),
            config.sessionLifetime()),
        new LoginThrottle(config.usernameThrottle(), config.ipThrottle(), config.clock()),
        settings,
        new CodebookService(store.codes()),
        new CodingService(store.codings(), settings),
        new MemoService(store.memos(), store.codings(), settings),
        new Autocoder(search, store.documents()),
        new ReconciliationService(store, settings),
        new EventHub(json));
  }

  /** The account service alone, as the command line needs it. */
  public static Accounts accounts(ProjectStore store) {
    return new Accounts(store.users(), store.coders(), new PasswordHasher());
  }

  @Override
  public void close() {
    events.close();
  }
}
