package org.verbatim.core.agreement.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.store.ProjectStore;

/**
 * Inter-coder agreement of a project's current codings: by coder names over the whole project (as a
 * person types them), or by coder ids over the project or one document (as reconciliation asks
 * before and after discussion). The statistics and their definitions are {@link
 * ProjectAgreement}'s.
 */
public final class AgreementService {
  private final ProjectStore store;

  public AgreementService(ProjectStore store) {
    this.store = store;
  }

  /**
   * The report for {@code request} over the whole project.
   *
   * @throws InvalidInputException for unknown coders or codes (naming the ones present) or a
   *     continuum too long to analyse
   */
  public ProjectAgreementReport compute(AgreementRequest request) {
    return ProjectAgreement.compute(AgreementInputs.fromStore(store, request));
  }

  /**
   * The report for {@code coders} (2 to {@link AgreementRequest#MAX_CODERS}, in the order given)
   * over every code, with {@code unit}s, over one document or (none given) the whole project. A
   * document where a compared coder has no codings is listed as skipped.
   *
   * @throws NotFoundException if the document or a coder does not exist
   * @throws InvalidInputException for fewer than two coders, more than {@link
   *     AgreementRequest#MAX_CODERS}, or a coder given twice
   */
  public ProjectAgreementReport compute(
      List<CoderId> coders, AgreementUnit unit, Optional<DocumentId> document) {
    Map<CoderId, Coder> byId = new HashMap<>();
    store.coders().list().forEach(c -> byId.put(c.id(), c));
    List<Coder> chosen =
        coders.stream()
            .map(
                id ->
                    Optional.ofNullable(byId.get(id))
                        .orElseThrow(() -> new NotFoundException("no coder with id " + id)))
            .toList();
    AgreementRequest request = AgreementRequest.of(chosen.stream().map(Coder::name).toList(), unit);
    var only =
        document.map(
            id ->
                store
                    .documents()
                    .summary(id)
                    .orElseThrow(() -> new NotFoundException("no document with id " + id)));
    return ProjectAgreement.compute(AgreementInputs.read(store, chosen, request, only));
  }
}
