package org.verbatim.core.agreement;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;

/** The value of one statistic, or the reason it is undefined for the data; never NaN. */
public record Statistic(OptionalDouble value, Optional<String> reason) {

  public Statistic {
    Objects.requireNonNull(value);
    Objects.requireNonNull(reason);
    if (value.isPresent() == reason.isPresent()) {
      throw new IllegalArgumentException("a statistic has either a value or a reason");
    }
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException("a statistic value must be finite: " + value);
    }
  }

  public static Statistic of(double value) {
    return new Statistic(OptionalDouble.of(value), Optional.empty());
  }

  public static Statistic undefined(String reason) {
    return new Statistic(OptionalDouble.empty(), Optional.of(reason));
  }

  /** Runs {@code measure}, turning an {@link UndefinedStatisticException} into its reason. */
  public static Statistic compute(DoubleSupplier measure) {
    try {
      return of(measure.getAsDouble());
    } catch (UndefinedStatisticException e) {
      return undefined(e.reason());
    }
  }

  public boolean isDefined() {
    return value.isPresent();
  }
}
