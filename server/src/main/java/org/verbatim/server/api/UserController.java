package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Role;
import org.verbatim.core.store.CoderStore;
import org.verbatim.server.api.Views.CreatedUserView;
import org.verbatim.server.api.Views.UserView;
import org.verbatim.server.auth.Accounts;
import org.verbatim.server.auth.Principal;
import org.verbatim.server.auth.SessionManager;

/** The owner's user management: list, add, change role or state, reset password. */
final class UserController {
  private final Accounts accounts;
  private final CoderStore coders;
  private final SessionManager sessions;
  private final EventHub events;

  UserController(Accounts accounts, CoderStore coders, SessionManager sessions, EventHub events) {
    this.accounts = accounts;
    this.coders = coders;
    this.sessions = sessions;
    this.events = events;
  }

  void list(Context ctx) {
    ctx.json(accounts.list().stream().map(this::view).toList());
  }

  void create(Context ctx) {
    Requests.NewUser body = Bodies.read(ctx, Requests.NewUser.class);
    Accounts.Created created =
        accounts.create(
            Bodies.required(body.username(), "username"),
            Role.parse(Bodies.required(body.role(), "role")),
            Optional.ofNullable(body.password()),
            actor(ctx));
    ctx.status(201)
        .json(
            new CreatedUserView(view(created.account()), created.generatedPassword().orElse(null)));
  }

  void update(Context ctx) {
    AccountId id = new AccountId(Bodies.pathId(ctx, "id"));
    Requests.UserUpdate body = Bodies.read(ctx, Requests.UserUpdate.class);
    Account updated =
        accounts.update(
            id,
            Bodies.required(body.version(), "version"),
            Optional.ofNullable(body.role()).map(Role::parse),
            Optional.ofNullable(body.disabled()),
            actor(ctx));
    logOut(id);
    ctx.json(view(updated));
  }

  void resetPassword(Context ctx) {
    AccountId id = new AccountId(Bodies.pathId(ctx, "id"));
    Requests.PasswordReset body = Bodies.read(ctx, Requests.PasswordReset.class);
    Accounts.Created reset =
        accounts.setPassword(
            id,
            Bodies.required(body.version(), "version"),
            Optional.ofNullable(body.password()),
            actor(ctx));
    logOut(id);
    ctx.json(new CreatedUserView(view(reset.account()), reset.generatedPassword().orElse(null)));
  }

  /** A changed account logs in again, so that no session keeps its old role. */
  private void logOut(AccountId id) {
    sessions.endAll(id);
    events.disconnect(p -> p.account().equals(id));
  }

  private UserView view(Account a) {
    Optional<Long> coder = coders.byName(a.username()).map(Coder::id).map(c -> c.value());
    return UserView.of(a, a.role().codes() ? coder : Optional.empty());
  }

  private static String actor(Context ctx) {
    Principal p = AccessManager.principal(ctx);
    return p.username();
  }
}
