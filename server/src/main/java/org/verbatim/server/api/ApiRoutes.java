package org.verbatim.server.api;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;
import static io.javalin.apibuilder.ApiBuilder.sse;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.verbatim.core.project.ProjectServices;

/**
 * The API's one route tree with the role each route needs, and the server-wide settings that go
 * with it: JSON mapping, the access filter, error mapping, security headers and the web UI.
 */
public final class ApiRoutes {
  /** Request bodies above this are refused (413); a batch of 10,000 spans fits easily. */
  static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

  private final ServerServices s;

  public ApiRoutes(ServerServices services) {
    this.s = services;
  }

  public void configure(JavalinConfig config) {
    config.jsonMapper(new JavalinJackson(s.json(), false));
    config.http.maxRequestSize = MAX_BODY_BYTES;
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/web";
          files.location = Location.CLASSPATH;
        });
    config.events.serverStopping(s.events()::close);
    SecurityHeaders.register(config.routes);
    ErrorMapper.register(config.routes);
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    config.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new JsonErrorHandler()));
    AccessManager access = new AccessManager(s.sessions());
    config.routes.beforeMatched(access::check);

    ProjectServices p = s.project();
    Broadcaster broadcast = new Broadcaster(s.events(), p.codings(), p.reconciliation());
    SessionController session =
        new SessionController(
            p.accounts(),
            s.sessions(),
            s.throttle(),
            p.settings(),
            s.events(),
            s.config().secureCookies());
    UserController users = new UserController(p.accounts());
    DocumentController documents = new DocumentController(p.documents(), p.codings());
    CodeController codes = new CodeController(p.codebook(), broadcast);
    CodingController codings = new CodingController(p.codings(), broadcast);
    MemoController memos = new MemoController(p.memos(), broadcast);
    SearchController search = new SearchController(p.codedSearch());
    AuditController audit = new AuditController(p.audit());
    SettingsController settings = new SettingsController(p.settings(), broadcast);
    UndoController undo = new UndoController(p.undo(), broadcast);
    ReconcileController reconcile =
        new ReconcileController(p.reconciliation(), p.codings(), broadcast);
    ReconcileRulesController rules = new ReconcileRulesController(p.bulkReconciliation());
    ThemeController themes = new ThemeController(p.themes(), p.evidence(), s.events());
    EvidenceController evidence = new EvidenceController(p.evidence(), p.codings());
    QuoteController quotes = new QuoteController(p.quotes(), p.evidence());
    ExportController exports = new ExportController(p.exports());
    DeidController deid = new DeidController(p.deid());
    WordParams wordParams = new WordParams(p.codebook(), p.themes(), p.evidence());
    WordsController words = new WordsController(p.words(), wordParams);
    WordExportController wordExport = new WordExportController(p.words(), wordParams);
    ImportJobs importJobs = new ImportJobs();
    config.events.serverStopping(importJobs::close);
    ImportController imports = new ImportController(s.imports(), importJobs);

    config.routes.apiBuilder(
        () ->
            path(
                "api",
                () -> {
                  path(
                      "session",
                      () -> {
                        post(session::login, ApiRole.PUBLIC);
                        get(session::me, ApiRole.VIEWER);
                        delete(session::logout, ApiRole.VIEWER);
                        post("password", session::changePassword, ApiRole.VIEWER);
                      });
                  path(
                      "users",
                      () -> {
                        get(users::list, ApiRole.OWNER);
                        post(users::create, ApiRole.OWNER);
                        patch("{id}", users::update, ApiRole.OWNER);
                        post("{id}/password", users::resetPassword, ApiRole.OWNER);
                      });
                  path(
                      "settings",
                      () -> {
                        get(settings::get, ApiRole.VIEWER);
                        patch(settings::update, ApiRole.OWNER);
                      });
                  get("coders", documents::coders, ApiRole.VIEWER);
                  path(
                      "documents",
                      () -> {
                        get(documents::list, ApiRole.VIEWER);
                        get("{id}", documents::get, ApiRole.VIEWER);
                        get("{id}/codings", documents::codings, ApiRole.VIEWER);
                        get("{id}/disagreements", reconcile::disagreements, ApiRole.VIEWER);
                        get("{id}/decisions", reconcile::history, ApiRole.VIEWER);
                        post("{id}/decisions", reconcile::decide, ApiRole.CODER);
                        post(
                            "{id}/decisions/accept-agreements",
                            reconcile::acceptAgreements,
                            ApiRole.CODER);
                        get("{id}/consensus", reconcile::consensus, ApiRole.VIEWER);
                        get("{id}/agreement", reconcile::documentAgreement, ApiRole.VIEWER);
                      });
                  path(
                      "codes",
                      () -> {
                        get(codes::list, ApiRole.VIEWER);
                        post(codes::create, ApiRole.CODER);
                        patch("{id}", codes::update, ApiRole.CODER);
                        delete("{id}", codes::delete, ApiRole.CODER);
                        put("{id}/parent", codes::move, ApiRole.CODER);
                        post("{id}/merge", codes::merge, ApiRole.CODER);
                      });
                  path(
                      "codings",
                      () -> {
                        get(codings::list, ApiRole.VIEWER);
                        post(codings::create, ApiRole.CODER);
                        post("batch", codings::batch, ApiRole.CODER);
                        get("{id}", codings::get, ApiRole.VIEWER);
                        patch("{id}", codings::update, ApiRole.CODER);
                        delete("{id}", codings::delete, ApiRole.CODER);
                      });
                  path(
                      "memos",
                      () -> {
                        get(memos::list, ApiRole.VIEWER);
                        get("list", memos::entries, ApiRole.VIEWER);
                        post(memos::create, ApiRole.CODER);
                        patch("{id}", memos::update, ApiRole.CODER);
                        delete("{id}", memos::delete, ApiRole.CODER);
                      });
                  path(
                      "themes",
                      () -> {
                        get(themes::tree, ApiRole.VIEWER);
                        post(themes::create, ApiRole.CODER);
                        get("reviews", themes::allReviews, ApiRole.VIEWER);
                        get("proposals", themes::proposals, ApiRole.VIEWER);
                        post("proposals/{key}/accept", themes::acceptProposal, ApiRole.CODER);
                        post("proposals/{key}/dismiss", themes::dismissProposal, ApiRole.CODER);
                        get("{id}", themes::get, ApiRole.VIEWER);
                        patch("{id}", themes::update, ApiRole.CODER);
                        delete("{id}", themes::delete, ApiRole.CODER);
                        put("{id}/parent", themes::move, ApiRole.CODER);
                        put("{id}/status", themes::status, ApiRole.CODER);
                        post("{id}/codes", themes::link, ApiRole.CODER);
                        delete("{id}/codes/{code}", themes::unlink, ApiRole.CODER);
                        get("{id}/reviews", themes::reviews, ApiRole.VIEWER);
                        get("{id}/passages", evidence::themePassages, ApiRole.VIEWER);
                      });
                  get("codes/{id}/passages", evidence::codePassages, ApiRole.VIEWER);
                  path(
                      "analysis",
                      () -> {
                        get("layers", evidence::layers, ApiRole.VIEWER);
                        get("prevalence", evidence::prevalence, ApiRole.VIEWER);
                        get("matrix", evidence::matrix, ApiRole.VIEWER);
                        get("cooccurrence", evidence::cooccurrence, ApiRole.VIEWER);
                        get("saturation", evidence::saturation, ApiRole.VIEWER);
                        get("theme-agreement", evidence::themeAgreement, ApiRole.VIEWER);
                      });
                  get("search", search::search, ApiRole.VIEWER);
                  get("agreement", reconcile::projectAgreement, ApiRole.VIEWER);
                  path(
                      "reconcile/rules",
                      () -> {
                        get("progress", rules::progress, ApiRole.VIEWER);
                        post("preview", rules::preview, ApiRole.OWNER);
                        post("apply", rules::apply, ApiRole.OWNER);
                        get("batches", rules::batches, ApiRole.OWNER);
                        post("batches/{id}/undo", rules::undo, ApiRole.OWNER);
                      });
                  path(
                      "undo",
                      () -> {
                        get(undo::state, ApiRole.CODER);
                        post(undo::undo, ApiRole.CODER);
                      });
                  post("redo", undo::redo, ApiRole.CODER);
                  path(
                      "quotes",
                      () -> {
                        get(quotes::list, ApiRole.VIEWER);
                        post(quotes::pin, ApiRole.CODER);
                        get("candidates", quotes::candidates, ApiRole.VIEWER);
                        put("order", quotes::order, ApiRole.CODER);
                        patch("{id}", quotes::trim, ApiRole.CODER);
                        delete("{id}", quotes::unpin, ApiRole.CODER);
                        post("{id}/translations", quotes::translate, ApiRole.CODER);
                      });
                  get("exports", exports::list, ApiRole.VIEWER);
                  get("export", exports::download, ApiRole.VIEWER);
                  path(
                      "imports",
                      () -> {
                        post("transcripts", imports::transcript, ApiRole.OWNER);
                        post("refi", imports::refi, ApiRole.OWNER);
                        get("jobs/{id}", imports::job, ApiRole.OWNER);
                        post("participants/preview", imports::previewParticipants, ApiRole.OWNER);
                        post("participants", imports::attachParticipants, ApiRole.OWNER);
                      });
                  path(
                      "deid",
                      () -> {
                        // coders read every transcript already; only owners decide what leaves
                        get("forms", deid::forms, ApiRole.CODER);
                        get("map", deid::map, ApiRole.CODER);
                        post("accept", deid::accept, ApiRole.OWNER);
                        post("reject", deid::reject, ApiRole.OWNER);
                        post("map", deid::mapForm, ApiRole.OWNER);
                        post("link", deid::link, ApiRole.OWNER);
                        post("names", deid::names, ApiRole.OWNER);
                      });
                  path(
                      "words",
                      () -> {
                        // the same readers as the evidence routes; only owners change stop words
                        get(words::words, ApiRole.VIEWER);
                        get("kwic", words::kwic, ApiRole.VIEWER);
                        get("export", wordExport::download, ApiRole.VIEWER);
                        get("stopwords", words::stopWords, ApiRole.VIEWER);
                        put("stopwords", words::editStopWords, ApiRole.OWNER);
                      });
                  get("audit", audit::page, ApiRole.OWNER);
                  get("audit.csv", audit::csv, ApiRole.OWNER);
                  sse(
                      "events",
                      client -> s.events().subscribe(client, AccessManager.principal(client.ctx())),
                      ApiRole.VIEWER);
                }));
  }
}
