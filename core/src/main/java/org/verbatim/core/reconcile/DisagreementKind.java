package org.verbatim.core.reconcile;

import java.util.Locale;

/** How coders' codings of one passage differ. */
public enum DisagreementKind {
  /**
   * Only one coder coded the passage (with three or more coders: the coders who coded it agree
   * exactly, and the others did not code it at all).
   */
  ONLY_ONE_CODER,
  /** Coders coded exactly the same passage, with different codes. */
  DIFFERENT_CODES,
  /** Coders' passages overlap but their boundaries differ (their codes may differ too). */
  DIFFERENT_BOUNDARIES;

  /** The lower-case name used in JSON ({@code only_one_coder}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
