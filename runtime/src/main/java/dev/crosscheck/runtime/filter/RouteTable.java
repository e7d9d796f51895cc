package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.path.InvalidTemplateException;
import dev.crosscheck.runtime.path.PathTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the resource path a request reaches, the way Jakarta REST runtimes do (Jakarta REST 3.1,
 * section 3.7.2): first the root resource whose template matches the start of the path, by
 * precedence (more literal characters, then more variables, then more variables with a regular
 * expression), with no going back once one is chosen; then, within it, the sub-resource template
 * that matches the rest, by the same precedence; the class's own path when nothing is left.
 *
 * <p>Request paths are taken as the runtimes see them in a pre-matching filter, relative to the
 * application and still percent-encoded: one leading and one trailing slash do not count, and
 * matrix parameters are dropped. Literal paths are answered from a hash table precomputed with
 * this very algorithm; others walk the compiled templates. Regular expressions are compiled once.
 */
final class RouteTable {

  private static final Comparator<PathTemplate> PRECEDENCE =
      Comparator.comparingInt(PathTemplate::literalCharacterCount).reversed()
          .thenComparing(Comparator.comparingInt(PathTemplate::variableCount).reversed())
          .thenComparing(Comparator.comparingInt(PathTemplate::regexVariableCount).reversed())
          .thenComparing(PathTemplate::text);

  /** The templates below one root template, and what each serves. */
  private record Member(PathTemplate template, CompiledTemplate compiled, ResourcePath path) {}

  private record Root(PathTemplate template, CompiledTemplate compiled, List<Member> members, ResourcePath own) {}

  private final List<Root> roots;
  private final LiteralPathIndex literals;

  /**
   * @param compile the compiled policy of each route's policy (the same instance for routes that
   *     share a policy)
   */
  RouteTable(List<Route> routes, Function<Route, CompiledPolicy> compile) throws InvalidTemplateException {
    Map<PathTemplate, Map<PathTemplate, Map<String, CompiledRoute>>> tree = new LinkedHashMap<>();
    for (Route route : routes) {
      PathTemplate root = PathTemplate.parse(route.rootTemplate());
      PathTemplate relative = PathTemplate.parse(route.relativeTemplate());
      tree.computeIfAbsent(root, k -> new LinkedHashMap<>())
          .computeIfAbsent(relative, k -> new LinkedHashMap<>())
          .put(route.httpMethod(), new CompiledRoute(route.httpMethod(), route.policy() == null ? null : compile.apply(route)));
    }
    List<Root> built = new ArrayList<>();
    Map<String, PathTemplate> literalCandidates = new LinkedHashMap<>();
    tree.forEach((root, byRelative) -> {
      List<Member> members = new ArrayList<>();
      ResourcePath own = null;
      for (var entry : byRelative.entrySet()) {
        PathTemplate relative = entry.getKey();
        ResourcePath path = new ResourcePath(root.append(relative).text(), entry.getValue());
        if (relative.text().isEmpty()) {
          own = path;
        } else {
          members.add(new Member(relative, new CompiledTemplate(relative, false), path));
        }
        PathTemplate full = root.append(relative);
        if (full.isLiteral()) {
          literalCandidates.put(full.encodedLiteral(), full);
        }
      }
      members.sort(Comparator.comparing(Member::template, PRECEDENCE));
      built.add(new Root(root, new CompiledTemplate(root, true), List.copyOf(members), own));
    });
    built.sort(Comparator.comparing(Root::template, PRECEDENCE));
    this.roots = List.copyOf(built);
    Map<String, ResourcePath> literalAnswers = new HashMap<>();
    for (String literal : literalCandidates.keySet()) {
      ResourcePath answer = walk(literal, 0, literal.length());
      if (answer != null) {
        literalAnswers.put(literal, answer);
      }
    }
    this.literals = new LiteralPathIndex(literalAnswers);
  }

  /**
   * The resource path a request path reaches, or null when no route of this table does. Copies
   * nothing unless the path has matrix parameters.
   */
  ResourcePath match(String requestPath) {
    int from = requestPath.startsWith("/") ? 1 : 0;
    int to = requestPath.length();
    if (to > from && requestPath.charAt(to - 1) == '/') {
      to--;
    }
    if (requestPath.indexOf(';', from) >= 0) {
      String cleaned = withoutMatrixParameters(requestPath.substring(from, to));
      return walk(cleaned, 0, cleaned.length());
    }
    ResourcePath literal = literals.get(requestPath, from, to);
    return literal != null ? literal : walk(requestPath, from, to);
  }

  private ResourcePath walk(String path, int from, int to) {
    for (Root root : roots) {
      int below;
      if (root.template().text().isEmpty()) {
        // @Path("/"): every path starts below it.
        below = from;
      } else {
        int end = root.compiled().matchPrefix(path, from, to);
        if (end < 0) {
          continue;
        }
        below = end == to ? to : end + 1;
      }
      if (below >= to) {
        return root.own();
      }
      for (Member member : root.members()) {
        if (member.compiled().matches(path, below, to)) {
          return member.path();
        }
      }
      return null;
    }
    return null;
  }

  /** {@code a;x=1/b;y=2} becomes {@code a/b}: matrix parameters never take part in matching. */
  private static String withoutMatrixParameters(String path) {
    StringBuilder out = new StringBuilder(path.length());
    boolean inMatrix = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '/') {
        inMatrix = false;
      } else if (c == ';') {
        inMatrix = true;
      }
      if (!inMatrix) {
        out.append(c);
      }
    }
    String cleaned = out.toString();
    return cleaned.endsWith("/") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
  }
}
