package org.verbatim.core.interchange;

import java.util.List;

/**
 * What merging a codebook changed.
 *
 * @param addedCodes paths ("Parent / Child") of the codes added
 * @param matchedByGuid codes found by the GUID they were imported or exported with
 * @param matchedByName codes found by their name under the same parent
 * @param addedThemes names of the themes added from the codebook's sets
 */
public record CodebookMergeReport(
    String origin,
    List<String> addedCodes,
    int matchedByGuid,
    int matchedByName,
    List<String> addedThemes) {
  public CodebookMergeReport {
    addedCodes = List.copyOf(addedCodes);
    addedThemes = List.copyOf(addedThemes);
  }
}
