package org.verbatim.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Role;

class VisibilityTest {
  private final CoderId ann = new CoderId(1);
  private final CoderId ben = new CoderId(2);
  private final Actor annCoder = new Actor("ann", Role.CODER, Optional.of(ann));
  private final Actor owner = new Actor("olivia", Role.OWNER, Optional.of(new CoderId(3)));
  private final Actor viewer = new Actor("vic", Role.VIEWER, Optional.empty());

  @Test
  void underBlindCodingACoderSeesOnlyTheirOwnLayerWhateverTheyAskFor() {
    Visibility v = new Visibility(annCoder, true, Set.of(ann, ben));
    assertThat(v.canSee(ann)).isTrue();
    assertThat(v.canSee(ben)).isFalse();
    assertThat(v.hiddenByBlindCoding(ben)).isTrue();
  }

  @Test
  void withoutBlindCodingACoderSeesEveryLayer() {
    assertThat(new Visibility(annCoder, false, Set.of()).canSee(ben)).isTrue();
  }

  @Test
  void theOwnerSeesEveryLayerUnderBlindCodingAndCanHideLayers() {
    assertThat(new Visibility(owner, true, Set.of()).canSee(ben)).isTrue();
    Visibility onlyAnn = new Visibility(owner, true, Set.of(ann));
    assertThat(onlyAnn.canSee(ann)).isTrue();
    assertThat(onlyAnn.canSee(ben)).isFalse();
    assertThat(onlyAnn.hiddenByBlindCoding(ben)).isFalse();
  }

  @Test
  void viewersCodeNothingAndSeeEveryLayer() {
    assertThat(new Visibility(viewer, true, Set.of()).canSee(ann)).isTrue();
  }
}
