package org.verbatim.core.accounts;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountChange;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Role;
import org.verbatim.core.store.CoderStore;
import org.verbatim.core.store.UserStore;

/**
 * User accounts: creating them (with a given or generated password), checking a login, changing
 * role, password or state. Every change of role, password or state ends the account's sessions, so
 * that no session keeps what the account no longer has. Used by the REST API and by {@code verbatim
 * user}.
 */
public final class Accounts {
  /** Shortest password a person may choose; generated ones are longer. */
  public static final int MIN_PASSWORD_LENGTH = 10;

  private final UserStore users;
  private final CoderStore coders;
  private final PasswordHasher hasher;
  private final LoginSessions sessions;
  // verified against when the username is unknown, so that both cases take as long
  private final String decoyHash;

  public Accounts(
      UserStore users, CoderStore coders, PasswordHasher hasher, LoginSessions sessions) {
    this.users = users;
    this.coders = coders;
    this.hasher = hasher;
    this.sessions = sessions;
    this.decoyHash = hasher.hash(Secrets.password());
  }

  /** An account and, when the password was generated, that password (to show once). */
  public record Created(Account account, Optional<String> generatedPassword) {}

  /**
   * Creates an account; coders and owners also get their coder layer.
   *
   * @param password empty to generate one
   * @throws InvalidInputException for a bad username or a password shorter than {@value
   *     #MIN_PASSWORD_LENGTH}
   * @throws org.verbatim.core.model.ConflictException if the username is taken
   */
  public Created create(String username, Role role, Optional<String> password, String actor) {
    password.ifPresent(Accounts::checkPassword);
    String chosen = password.orElseGet(Secrets::password);
    Account a = users.create(username, role, hasher.hash(chosen), actor);
    if (role.codes()) {
      coders.ensure(a.username(), actor);
    }
    return new Created(
        a.withoutHash(), password.isPresent() ? Optional.empty() : Optional.of(chosen));
  }

  /**
   * Creates the first owner if the project has no accounts yet.
   *
   * @return the generated password to print once, or empty if accounts exist already
   */
  public Optional<Created> createFirstOwner(String username, String actor) {
    if (!users.list().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(create(username, Role.OWNER, Optional.empty(), actor));
  }

  /**
   * The enabled account with this username and password. Takes the time of one hash whether or not
   * the username exists, so timing does not reveal usernames.
   */
  public Optional<Account> verify(String username, String password) {
    if (password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
      return Optional.empty();
    }
    Optional<Account> account = users.byName(username.strip());
    boolean ok = hasher.verify(password, account.map(Account::passwordHash).orElse(decoyHash));
    if (!ok || account.isEmpty() || account.get().disabled()) {
      return Optional.empty();
    }
    Account a = account.get();
    if (hasher.needsRehash(a.passwordHash())) {
      a =
          users.update(
              a.id(), a.version(), AccountChange.password(hasher.hash(password)), a.username());
    }
    return Optional.of(a);
  }

  public List<Account> list() {
    return users.list().stream().map(Account::withoutHash).toList();
  }

  public Account get(AccountId id) {
    return users
        .get(id)
        .map(Account::withoutHash)
        .orElseThrow(() -> new NotFoundException("no user with id " + id));
  }

  /** The account with that username (ignoring case and surrounding blanks). */
  public Account byName(String username) {
    return users
        .byName(username.strip())
        .map(Account::withoutHash)
        .orElseThrow(() -> new NotFoundException("no user named '" + username + "'"));
  }

  /** The coder layer of an account that codes, if it has one yet. */
  public Optional<CoderId> coder(Account account) {
    return account.role().codes()
        ? coders.byName(account.username()).map(Coder::id)
        : Optional.empty();
  }

  /**
   * Changes role and/or the disabled flag and ends the account's sessions; a new coder gets their
   * coder layer.
   */
  public Account update(
      AccountId id, long version, Optional<Role> role, Optional<Boolean> disabled, String actor) {
    Account a =
        users.update(id, version, new AccountChange(role, Optional.empty(), disabled), actor);
    if (a.role().codes()) {
      coders.ensure(a.username(), actor);
    }
    sessions.endAll(id);
    return a.withoutHash();
  }

  /**
   * Sets a new password (given or generated) and ends the account's sessions; returns the generated
   * password, if any.
   */
  public Created setPassword(AccountId id, long version, Optional<String> password, String actor) {
    password.ifPresent(Accounts::checkPassword);
    String chosen = password.orElseGet(Secrets::password);
    Account a = users.update(id, version, AccountChange.password(hasher.hash(chosen)), actor);
    sessions.endAll(id);
    return new Created(
        a.withoutHash(), password.isPresent() ? Optional.empty() : Optional.of(chosen));
  }

  /**
   * Changes one's own password after checking the current one, and ends every session of the
   * account (the caller starts a fresh one for the browser that asked).
   *
   * @throws InvalidInputException if the current password is wrong or the new one too short
   */
  public Account changeOwnPassword(AccountId id, String current, String next) {
    checkPassword(next);
    Account a = users.get(id).orElseThrow(() -> new NotFoundException("no user with id " + id));
    if (!hasher.verify(current, a.passwordHash())) {
      throw new InvalidInputException("currentPassword: the current password is wrong");
    }
    Account changed =
        users.update(id, a.version(), AccountChange.password(hasher.hash(next)), a.username());
    sessions.endAll(id);
    return changed.withoutHash();
  }

  private static void checkPassword(String password) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "password must have at most " + PasswordHasher.MAX_PASSWORD_LENGTH + " characters");
    }
  }
}
