package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.path.PathTemplate;
import java.util.Comparator;

/**
 * How the supported runtimes rank the templates of one level (Jakarta REST 3.1, section 3.7.2:
 * literal characters, then variables, then variables with a regular expression, all descending),
 * and where they may rank two templates differently: Jersey counts literal characters as written,
 * RESTEasy once percent-encoded, and neither breaks an exact tie the way the other does (RESTEasy
 * in reflection order, which can change between two starts).
 */
public final class RuntimeOrders {

  /** Jersey's order: literal characters as written, then variables, then regex variables. */
  public static final Comparator<PathTemplate> AS_WRITTEN =
      Comparator.comparingInt(PathTemplate::literalCharacterCount).reversed()
          .thenComparing(Comparator.comparingInt(PathTemplate::variableCount).reversed())
          .thenComparing(Comparator.comparingInt(PathTemplate::regexVariableCount).reversed());

  /** RESTEasy's order: the same keys, literal characters counted once percent-encoded. */
  public static final Comparator<PathTemplate> ENCODED =
      Comparator.comparingInt(PathTemplate::encodedLiteralCharacterCount).reversed()
          .thenComparing(Comparator.comparingInt(PathTemplate::variableCount).reversed())
          .thenComparing(Comparator.comparingInt(PathTemplate::regexVariableCount).reversed());

  private RuntimeOrders() {}

  /**
   * Whether some runtime may try {@code second} before {@code first} (which comes first in
   * Jersey's order) on a path both can match: a tie in either order, or literals that rank one way
   * as written and the other way encoded. A method before a locator with equal keys is ordered
   * alike, since both runtimes prefer the method.
   */
  public static boolean mayDisagree(PathTemplate first, boolean firstIsMethod, PathTemplate second, boolean secondIsMethod) {
    int asWritten = AS_WRITTEN.compare(first, second);
    int encoded = ENCODED.compare(first, second);
    boolean methodFirstOnTie = asWritten == 0 && encoded == 0 && firstIsMethod && !secondIsMethod;
    boolean orderedAlike = (asWritten < 0 && encoded < 0) || methodFirstOnTie;
    return !orderedAlike && mayOverlap(first, firstIsMethod, second, secondIsMethod);
  }

  /**
   * False only where no path can match both: leading literals that differ, trailing literals that
   * differ (for methods, matched to the end), or a different number of segments (for methods whose
   * variables take the default expression, which never spans a slash).
   */
  private static boolean mayOverlap(PathTemplate a, boolean aIsMethod, PathTemplate b, boolean bIsMethod) {
    String leadA = a.leadingLiteral();
    String leadB = b.leadingLiteral();
    if (!leadA.startsWith(leadB) && !leadB.startsWith(leadA)) {
      return false;
    }
    if (aIsMethod && bIsMethod) {
      String trailA = a.trailingLiteral();
      String trailB = b.trailingLiteral();
      if (!trailA.endsWith(trailB) && !trailB.endsWith(trailA)) {
        return false;
      }
      return a.regexVariableCount() > 0 || b.regexVariableCount() > 0 || segments(a) == segments(b);
    }
    return true;
  }

  private static int segments(PathTemplate template) {
    int slashes = 0;
    for (PathTemplate.Part part : template.parts()) {
      if (!part.isVariable()) {
        slashes += (int) part.literal().chars().filter(c -> c == '/').count();
      }
    }
    return slashes + 1;
  }
}
