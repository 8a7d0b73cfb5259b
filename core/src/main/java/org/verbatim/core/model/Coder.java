package org.verbatim.core.model;

/** Someone whose codings form one layer; "consensus" is the reconciled layer. */
public record Coder(CoderId id, String name) {
  public static final String CONSENSUS = "consensus";
}
