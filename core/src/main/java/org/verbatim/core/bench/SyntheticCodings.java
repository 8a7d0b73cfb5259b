package org.verbatim.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.verbatim.core.model.Span;

/**
 * Deterministic double-coding of one document for benchmarks: per semantic domain, a "true" coding
 * every so many sentences (one to three sentences long, one of the domain's codes, at least one
 * free sentence between two), which each coder keeps (85 %), codes with a sibling instead (7 %) or
 * misses, with boundaries shrunk by up to 10 characters; plus a few codings of a free sentence only
 * one coder makes. Within a domain a coder's codings never overlap, so every unitizing statistic is
 * defined and timed.
 */
final class SyntheticCodings {
  /** One coding: coder index, code index, span. */
  record Coding(int coder, int code, int start, int end) {}

  private SyntheticCodings() {}

  /**
   * Codings of {@code coders} coders for a document with these sentences; codes are numbered {@code
   * domain * codesPerDomain + i}, and {@code perDomain} true codings per domain are aimed at.
   */
  static List<Coding> generate(
      List<Span> sentences,
      int coders,
      int domains,
      int codesPerDomain,
      int perDomain,
      Random random) {
    List<Coding> out = new ArrayList<>();
    int n = sentences.size();
    double rate = n == 0 ? 0 : Math.min(0.5, perDomain / (double) n);
    for (int domain = 0; domain < domains; domain++) {
      int base = domain * codesPerDomain;
      int s = 0;
      while (s < n) {
        if (random.nextDouble() >= rate) {
          if (random.nextDouble() < rate / 6) {
            // A free sentence one coder alone codes.
            Span only = sentences.get(s);
            out.add(
                shrunk(
                    random.nextInt(coders),
                    base + random.nextInt(codesPerDomain),
                    only,
                    only,
                    random));
          }
          s++;
          continue;
        }
        int length = 1 + random.nextInt(3);
        int last = Math.min(n - 1, s + length - 1);
        int code = base + random.nextInt(codesPerDomain);
        for (int c = 0; c < coders; c++) {
          double roll = random.nextDouble();
          if (roll < 0.85) {
            out.add(shrunk(c, code, sentences.get(s), sentences.get(last), random));
          } else if (roll < 0.92) {
            int sibling = base + random.nextInt(codesPerDomain);
            out.add(shrunk(c, sibling, sentences.get(s), sentences.get(last), random));
          }
        }
        s = last + 2; // at least one free sentence before the next true coding
      }
    }
    return out;
  }

  private static Coding shrunk(int coder, int code, Span first, Span last, Random random) {
    int start = first.start();
    int end = last.end();
    int room = Math.max(0, (end - start - 1) / 2);
    int cut = Math.min(room, 10);
    return new Coding(
        coder,
        code,
        start + (cut == 0 ? 0 : random.nextInt(cut + 1)),
        end - (cut == 0 ? 0 : random.nextInt(cut + 1)));
  }
}
