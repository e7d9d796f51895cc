package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.path.PathTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pairs of one level's templates that some supported runtime may try in the other order on a
 * path both match ({@link RuntimeOrders#mayDisagree}), found without comparing every pair. Where
 * no template of the level has a literal that percent-encoding lengthens, both runtimes rank by the
 * same keys, so only templates that tie on them can be rivals; and two templates can only match
 * one path if the leading literal of one starts with the other's. Within each tie, templates
 * sorted by leading literal are compared only with those that follow while that holds: a level of
 * thousands of root resources costs a pass, not every pair.
 */
public final class Rivals {

  private Rivals() {}

  /**
   * @param sorted the members of a level in Jersey's order ({@link RuntimeOrders#AS_WRITTEN}, then
   *     methods before locators)
   * @param rivals told of each pair, the first in Jersey's order first
   */
  public static <T> void find(List<T> sorted, Function<T, PathTemplate> template, Predicate<T> isMethod, BiConsumer<T, T> rivals) {
    boolean encodingChangesRanks = false;
    for (T member : sorted) {
      PathTemplate t = template.apply(member);
      encodingChangesRanks |= t.encodedLiteralCharacterCount() != t.literalCharacterCount();
    }
    if (encodingChangesRanks) {
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          compare(sorted.get(i), sorted.get(j), template, isMethod, rivals);
        }
      }
      return;
    }
    for (int tieStart = 0, tieEnd; tieStart < sorted.size(); tieStart = tieEnd) {
      tieEnd = tieStart + 1;
      while (tieEnd < sorted.size() && RuntimeOrders.AS_WRITTEN.compare(
          template.apply(sorted.get(tieStart)), template.apply(sorted.get(tieEnd))) == 0) {
        tieEnd++;
      }
      if (tieEnd - tieStart < 2) {
        continue;
      }
      List<Integer> byLead = new ArrayList<>();
      for (int i = tieStart; i < tieEnd; i++) {
        byLead.add(i);
      }
      byLead.sort(Comparator.comparing(i -> template.apply(sorted.get(i)).leadingLiteral()));
      for (int a = 0; a < byLead.size(); a++) {
        String lead = template.apply(sorted.get(byLead.get(a))).leadingLiteral();
        for (int b = a + 1;
            b < byLead.size() && template.apply(sorted.get(byLead.get(b))).leadingLiteral().startsWith(lead); b++) {
          int first = Math.min(byLead.get(a), byLead.get(b));
          int second = Math.max(byLead.get(a), byLead.get(b));
          compare(sorted.get(first), sorted.get(second), template, isMethod, rivals);
        }
      }
    }
  }

  private static <T> void compare(T first, T second, Function<T, PathTemplate> template, Predicate<T> isMethod,
      BiConsumer<T, T> rivals) {
    if (RuntimeOrders.mayDisagree(template.apply(first), isMethod.test(first), template.apply(second), isMethod.test(second))) {
      rivals.accept(first, second);
    }
  }
}
