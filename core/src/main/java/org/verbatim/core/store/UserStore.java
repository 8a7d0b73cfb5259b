package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountChange;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.Role;

/**
 * Accounts that may log in; usernames are unique ignoring case. Writes are audited without hashes.
 */
public interface UserStore {
  /**
   * Creates an account.
   *
   * @throws org.verbatim.core.model.InvalidInputException if the username is not 1–64 letters,
   *     digits, '.', '_' or '-', or is reserved ("consensus")
   * @throws org.verbatim.core.model.ConflictException if the username is taken (ignoring case)
   */
  Account create(String username, Role role, String passwordHash, String actor);

  /** The account of that username, ignoring case. */
  Optional<Account> byName(String username);

  Optional<Account> get(AccountId id);

  /** All accounts by username. */
  List<Account> list();

  /**
   * Changes role, password hash or the disabled flag.
   *
   * @throws org.verbatim.core.model.NotFoundException if there is no such account
   * @throws org.verbatim.core.model.ConflictException if {@code expectedVersion} is stale, or the
   *     change would leave the project without an enabled owner
   */
  Account update(AccountId id, long expectedVersion, AccountChange change, String actor);

  /** How many enabled accounts have the owner role. */
  int enabledOwners();
}
