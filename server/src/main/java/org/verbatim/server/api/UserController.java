package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.Role;
import org.verbatim.server.api.Views.CreatedUserView;
import org.verbatim.server.api.Views.UserView;
import org.verbatim.server.auth.Principal;

/**
 * The owner's user management: list, add, change role or state, reset password. A changed account
 * logs in again: {@link Accounts} ends its sessions, and with them its event streams.
 */
final class UserController {
  private final Accounts accounts;

  UserController(Accounts accounts) {
    this.accounts = accounts;
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
    ctx.json(new CreatedUserView(view(reset.account()), reset.generatedPassword().orElse(null)));
  }

  private UserView view(Account a) {
    return UserView.of(a, accounts.coder(a).map(c -> c.value()));
  }

  private static String actor(Context ctx) {
    Principal p = AccessManager.principal(ctx);
    return p.username();
  }
}
