package org.verbatim.core.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.InvalidInputException;

/**
 * Read-only unitized reliability data: a continuum {@code [0, length)} and each coder's segments on
 * it, with the categories grouped into semantic domains (one domain holding every category unless
 * domains are given). Adjacent segments stay separate units, exactly as coded.
 */
public final class UnitizedStudy {
  /** Name of the single domain used when no domains are given. */
  public static final String ALL_CATEGORIES = "all categories";

  private final int length;
  private final Map<String, List<Segment>> segments;
  private final Map<String, List<String>> domains;
  private final boolean domainsGiven;

  private UnitizedStudy(
      int length,
      Map<String, List<Segment>> segments,
      Map<String, List<String>> domains,
      boolean domainsGiven) {
    this.length = length;
    this.segments = segments;
    this.domains = domains;
    this.domainsGiven = domainsGiven;
  }

  /**
   * A study whose categories form one semantic domain.
   *
   * @throws InvalidInputException for a non-positive length, a blank or repeated coder name, or a
   *     segment beyond the continuum
   */
  public static UnitizedStudy of(int length, Map<String, List<Segment>> segmentsByCoder) {
    return build(length, segmentsByCoder, Optional.empty());
  }

  /**
   * A study with categories split into semantic domains; every category used must belong to exactly
   * one domain.
   *
   * @throws InvalidInputException as {@link #of(int, Map)}, or for a category in no or two domains
   */
  public static UnitizedStudy of(
      int length, Map<String, List<Segment>> segmentsByCoder, Map<String, List<String>> domains) {
    return build(length, segmentsByCoder, Optional.of(domains));
  }

  private static UnitizedStudy build(
      int length,
      Map<String, List<Segment>> segmentsByCoder,
      Optional<Map<String, List<String>>> givenDomains) {
    if (length <= 0) {
      throw new InvalidInputException("the continuum length must be positive, not " + length);
    }
    Map<String, List<Segment>> segments = new LinkedHashMap<>();
    Set<String> used = new LinkedHashSet<>();
    for (Map.Entry<String, List<Segment>> entry : segmentsByCoder.entrySet()) {
      String coder = entry.getKey();
      if (coder.isBlank()) {
        throw new InvalidInputException("a coder name is empty");
      }
      List<Segment> list = new ArrayList<>(entry.getValue());
      for (Segment s : list) {
        if (s.end() > length) {
          throw new InvalidInputException(
              "coder '"
                  + coder
                  + "': segment "
                  + s
                  + " lies beyond the continuum of length "
                  + length);
        }
        used.add(s.category());
      }
      list.sort(Segment.ORDER);
      segments.put(coder, List.copyOf(list));
    }
    Map<String, List<String>> domains = new LinkedHashMap<>();
    if (givenDomains.isEmpty()) {
      domains.put(ALL_CATEGORIES, List.copyOf(used));
    } else {
      Map<String, String> domainOf = new HashMap<>();
      for (Map.Entry<String, List<String>> d : givenDomains.get().entrySet()) {
        if (d.getKey().isBlank()) {
          throw new InvalidInputException("a domain name is empty");
        }
        for (String category : d.getValue()) {
          String previous = domainOf.put(category, d.getKey());
          if (previous != null && !previous.equals(d.getKey())) {
            throw new InvalidInputException(
                "category '"
                    + category
                    + "' is in domains '"
                    + previous
                    + "' and '"
                    + d.getKey()
                    + "'; a category belongs to one domain");
          }
        }
        domains.put(d.getKey(), List.copyOf(new LinkedHashSet<>(d.getValue())));
      }
      for (String category : used) {
        if (!domainOf.containsKey(category)) {
          throw new InvalidInputException(
              "category '"
                  + category
                  + "' is coded but belongs to no domain; domains are "
                  + String.join(", ", domains.keySet()));
        }
      }
    }
    return new UnitizedStudy(
        length,
        java.util.Collections.unmodifiableMap(segments),
        java.util.Collections.unmodifiableMap(domains),
        givenDomains.isPresent());
  }

  /** Length of the continuum; positions are {@code 0 .. length-1}. */
  public int length() {
    return length;
  }

  public List<String> coders() {
    return List.copyOf(segments.keySet());
  }

  public int coderCount() {
    return segments.size();
  }

  /**
   * The segments of {@code coder}, ordered by start.
   *
   * @throws InvalidInputException for an unknown coder, naming the known ones
   */
  public List<Segment> segments(String coder) {
    List<Segment> list = segments.get(coder);
    if (list == null) {
      throw new InvalidInputException(
          "unknown coder '" + coder + "'; coders are " + String.join(", ", segments.keySet()));
    }
    return list;
  }

  /** Semantic domains by name, each with its categories. */
  public Map<String, List<String>> domains() {
    return domains;
  }

  /** True when the domains came from the caller rather than being the one default domain. */
  public boolean domainsGiven() {
    return domainsGiven;
  }

  /** Every category in domain order. */
  public List<String> categories() {
    List<String> all = new ArrayList<>();
    domains.values().forEach(all::addAll);
    return all;
  }

  /**
   * The same coders and continuum with only the segments whose category is in {@code categories},
   * as one domain.
   */
  public UnitizedStudy restrictedTo(Collection<String> categories) {
    Set<String> keep = new HashSet<>(categories);
    Map<String, List<Segment>> restricted = new LinkedHashMap<>();
    segments.forEach(
        (coder, list) ->
            restricted.put(coder, list.stream().filter(s -> keep.contains(s.category())).toList()));
    Map<String, List<String>> domain = new LinkedHashMap<>();
    domain.put(ALL_CATEGORIES, List.copyOf(new LinkedHashSet<>(categories)));
    return new UnitizedStudy(
        length,
        java.util.Collections.unmodifiableMap(restricted),
        java.util.Collections.unmodifiableMap(domain),
        false);
  }
}
