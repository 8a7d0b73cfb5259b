package org.verbatim.core.interchange;

/** The kinds under which REFI-QDA GUIDs are recorded per local id. */
final class GuidKinds {
  static final String CODE = "code";
  static final String CODER = "coder";
  static final String DOCUMENT = "document";
  static final String CODING = "coding";
  static final String SELECTION = "selection";
  static final String MEMO = "memo";
  static final String PARTICIPANT = "participant";
  static final String THEME = "theme";
  static final String VARIABLE = "variable";

  private GuidKinds() {}
}
