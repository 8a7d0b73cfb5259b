package org.verbatim.core.reconcile;

import java.util.Optional;
import org.verbatim.core.agreement.project.AgreementInput;
import org.verbatim.core.agreement.project.AgreementInputs;
import org.verbatim.core.agreement.project.AgreementRequest;
import org.verbatim.core.agreement.project.ProjectAgreement;
import org.verbatim.core.agreement.project.ProjectAgreementReport;
import org.verbatim.core.model.Document;
import org.verbatim.core.store.ProjectStore;

/**
 * Inter-coder agreement computed from the current codings, for the whole project or narrowed to one
 * document, so that it can be recomputed before and after discussion. The statistics and their
 * definitions are {@link ProjectAgreement}'s.
 */
final class AgreementNow {
  private AgreementNow() {}

  /**
   * The report for {@code request}; with a document, only that document is compared (it is listed
   * as skipped when a compared coder has no codings in it).
   */
  static ProjectAgreementReport compute(
      ProjectStore store, AgreementRequest request, Optional<Document> document) {
    AgreementInput all = AgreementInputs.fromStore(store, request);
    if (document.isEmpty()) {
      return ProjectAgreement.compute(all);
    }
    String name = document.get().name();
    return ProjectAgreement.compute(
        new AgreementInput(
            all.coders(),
            all.unit(),
            all.minOverlapPercent(),
            all.codes(),
            all.documents().stream().filter(d -> d.name().equals(name)).toList(),
            all.skipped().stream().filter(s -> s.document().equals(name)).toList()));
  }
}
