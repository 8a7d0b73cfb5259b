package org.verbatim.core.agreement;

import java.util.ArrayList;
import java.util.List;

/** Builds test studies from compact notations. */
final class Studies {
  private Studies() {}

  static List<String> coders(int count) {
    List<String> coders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      coders.add("C" + (i + 1));
    }
    return coders;
  }

  /** Rows are units, columns coders; {@code null} is missing. */
  static UnitStudy units(Integer[]... rows) {
    UnitStudy.Builder builder = UnitStudy.builder(coders(rows[0].length));
    for (Integer[] row : rows) {
      String[] values = new String[row.length];
      for (int c = 0; c < row.length; c++) {
        values[c] = row[c] == null ? null : row[c].toString();
      }
      builder.addUnit(values);
    }
    return builder.build();
  }

  /** Rows are coders, columns units (the canonical reliability-data matrix); "*" is missing. */
  static UnitStudy codersByUnits(String... coderRows) {
    String[][] cells = new String[coderRows.length][];
    for (int i = 0; i < coderRows.length; i++) {
      cells[i] = coderRows[i].trim().split("\\s+");
    }
    int units = cells[0].length;
    UnitStudy.Builder builder = UnitStudy.builder(coders(coderRows.length));
    for (int u = 0; u < units; u++) {
      String[] values = new String[coderRows.length];
      for (int c = 0; c < coderRows.length; c++) {
        values[c] = cells[c][u].equals("*") ? null : cells[c][u];
      }
      builder.addUnit(values);
    }
    return builder.build();
  }

  /** Two coders from a contingency table: {@code table[a][b]} units got (a+1, b+1). */
  static UnitStudy twoCoderTable(int[][] table) {
    UnitStudy.Builder builder = UnitStudy.builder(coders(2));
    for (int a = 0; a < table.length; a++) {
      for (int b = 0; b < table[a].length; b++) {
        for (int i = 0; i < table[a][b]; i++) {
          builder.addUnit(String.valueOf(a + 1), String.valueOf(b + 1));
        }
      }
    }
    return builder.build();
  }

  /** Many coders from a subjects × categories count table ({@code counts[i][k]} coders chose k). */
  static UnitStudy distribution(int coders, int[][] counts) {
    UnitStudy.Builder builder = UnitStudy.builder(coders(coders));
    for (int[] row : counts) {
      String[] values = new String[coders];
      int c = 0;
      for (int k = 0; k < row.length; k++) {
        for (int i = 0; i < row[k]; i++) {
          values[c++] = String.valueOf(k + 1);
        }
      }
      builder.addUnit(values);
    }
    return builder.build();
  }
}
