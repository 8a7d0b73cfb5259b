package org.verbatim.core.agreement;

/** Shared preconditions of the unit-data measures, each failing with a human reason. */
final class Requirements {
  private Requirements() {}

  static void atLeastTwoCoders(UnitStudy study) {
    if (study.coderCount() < 2) {
      throw new UndefinedStatisticException(
          "needs at least two coders; the data has " + study.coderCount());
    }
  }

  static void exactlyTwoCoders(UnitStudy study, String name) {
    if (study.coderCount() != 2) {
      throw new UndefinedStatisticException(
          name + " is defined for exactly two coders; the data has " + study.coderCount());
    }
  }

  static void atLeastOneUnit(UnitStudy study) {
    if (study.unitCount() == 0) {
      throw new UndefinedStatisticException("the data has no units");
    }
  }

  static UndefinedStatisticException noPairableUnit() {
    return new UndefinedStatisticException(
        "no unit has values from two or more coders (all other cells are missing)");
  }

  static UndefinedStatisticException noVariation(String name) {
    return new UndefinedStatisticException(
        name
            + " is undefined: all values fall in one category, so chance agreement is already"
            + " perfect and there is no variation to assess");
  }
}
