package org.verbatim.core.agreement.project;

import org.verbatim.core.model.InvalidInputException;

/**
 * A code as agreement reports it: its name, its path from the top of the codebook ({@code Parent >
 * Child}, unique in a project), its semantic domain (the name of its top-level ancestor, or its own
 * name when it is top-level) and its depth in the tree (0 at the top).
 */
public record AgreementCode(String name, String path, String domain, int depth) {
  /** Separator between the names of a code path. */
  public static final String PATH_SEPARATOR = " > ";

  /**
   * @throws InvalidInputException for a blank name, path or domain or a negative depth
   */
  public AgreementCode {
    if (name.isBlank() || path.isBlank() || domain.isBlank() || depth < 0) {
      throw new InvalidInputException("a code needs a name, a path, a domain and a depth >= 0");
    }
  }

  /** A top-level code: its own path and domain. */
  public static AgreementCode topLevel(String name) {
    return new AgreementCode(name, name, name, 0);
  }

  /** A child of {@code parent}. */
  public AgreementCode child(String childName) {
    return new AgreementCode(childName, path + PATH_SEPARATOR + childName, domain, depth + 1);
  }
}
