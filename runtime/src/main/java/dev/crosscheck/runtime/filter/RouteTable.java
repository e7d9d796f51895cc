package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.path.InvalidTemplateException;
import dev.crosscheck.runtime.path.PathTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the resource path a request reaches, the way Jakarta REST runtimes do (Jakarta REST 3.1,
 * section 3.7.2), level by level with no going back:
 *
 * <ol>
 *   <li>the root resource whose template matches the start of the path, by precedence: more
 *       literal characters, then more variables, then more variables with a regular expression;
 *   <li>within it, with nothing left of the path: its own resource methods; otherwise the
 *       sub-resource method or locator whose template matches what is left, by the same
 *       precedence, methods before locators on a tie; a locator's sub-resource is matched the
 *       same way against what its template leaves.
 * </ol>
 *
 * <p>Request paths are taken as the runtimes see them in a pre-matching filter: relative to the
 * application, still percent-encoded, case-sensitive. One leading slash does not count (RESTEasy
 * writes it, Jersey does not); one trailing slash is accepted where the runtimes accept it;
 * matrix parameters are dropped. Where percent-escapes are written in lower case, which Jersey
 * and RESTEasy match differently, a policy applies only if both readings reach the same path.
 *
 * <p>Literal paths are answered from a hash table precomputed with this very algorithm; other
 * paths are tried only against the templates whose leading literal segments they share ({@link
 * SegmentIndex}), so the cost stays flat as the table grows. Regular expressions are compiled once.
 */
final class RouteTable {

  private static final Comparator<PathTemplate> PRECEDENCE =
      Comparator.comparingInt(PathTemplate::literalCharacterCount).reversed()
          .thenComparing(Comparator.comparingInt(PathTemplate::variableCount).reversed())
          .thenComparing(Comparator.comparingInt(PathTemplate::regexVariableCount).reversed());

  /** A sub-resource method's path, or a locator's sub-resource, below one level. */
  private record Member(PathTemplate template, CompiledTemplate compiled, ResourcePath path, Level locator) {
    boolean isMethod() {
      return path != null;
    }
  }

  /** What one resource class serves: on its own path, and below it. */
  private record Level(ResourcePath own, SegmentIndex<Member> members) {}

  private record Root(PathTemplate template, CompiledTemplate compiled, Level level) {}

  /** The routes of one resource class, gathered before the level is built. */
  private static final class LevelBuilder {
    final String path;
    final Map<String, CompiledRoute> own = new LinkedHashMap<>();
    final Map<PathTemplate, Map<String, CompiledRoute>> methods = new LinkedHashMap<>();
    final Map<PathTemplate, LevelBuilder> locators = new LinkedHashMap<>();

    LevelBuilder(String path) {
      this.path = path;
    }

    Level build(Set<String> literalPaths, boolean literalSoFar) {
      List<Member> members = new ArrayList<>();
      methods.forEach((template, routes) -> {
        String full = join(path, template.text());
        members.add(new Member(template, new CompiledTemplate(template, false), new ResourcePath(full, routes), null));
        if (literalSoFar && template.isLiteral()) {
          literalPaths.add(encodedJoin(path, template));
        }
      });
      locators.forEach((template, below) -> members.add(new Member(
          template, new CompiledTemplate(template, true), null,
          below.build(literalPaths, literalSoFar && template.isLiteral()))));
      members.sort(Comparator.comparing(Member::template, PRECEDENCE)
          .thenComparing(m -> m.isMethod() ? 0 : 1)
          .thenComparing(m -> m.template().text()));
      if (literalSoFar && !own.isEmpty()) {
        literalPaths.add(encoded(path));
      }
      return new Level(own.isEmpty() ? null : new ResourcePath(path, own),
          new SegmentIndex<>(members.stream().map(Member::template).toList(), members));
    }
  }

  private final SegmentIndex<Root> roots;
  private final RegionMap<ResourcePath> literals;

  /**
   * @param compile the compiled policy of each route's policy (the same instance for routes that
   *     share a policy)
   */
  RouteTable(List<Route> routes, Function<Route, CompiledPolicy> compile) throws InvalidTemplateException {
    Map<PathTemplate, LevelBuilder> rootBuilders = new LinkedHashMap<>();
    for (Route route : routes) {
      PathTemplate rootTemplate = PathTemplate.parse(route.rootTemplate());
      LevelBuilder level = rootBuilders.computeIfAbsent(rootTemplate, t -> new LevelBuilder(t.text()));
      for (String locator : route.locatorTemplates()) {
        PathTemplate template = PathTemplate.parse(locator);
        String parent = level.path;
        level = level.locators.computeIfAbsent(template, t -> new LevelBuilder(join(parent, t.text())));
      }
      PathTemplate method = PathTemplate.parse(route.methodTemplate());
      Map<String, CompiledRoute> byMethod =
          method.text().isEmpty() ? level.own : level.methods.computeIfAbsent(method, k -> new LinkedHashMap<>());
      byMethod.put(route.httpMethod(),
          new CompiledRoute(route.httpMethod(), route.policy() == null ? null : compile.apply(route)));
    }
    Set<String> literalPaths = new LinkedHashSet<>();
    List<Root> built = new ArrayList<>();
    rootBuilders.forEach((template, builder) -> built.add(new Root(
        template, new CompiledTemplate(template, true), builder.build(literalPaths, template.isLiteral()))));
    built.sort(Comparator.comparing(Root::template, PRECEDENCE).thenComparing(r -> r.template().text()));
    this.roots = new SegmentIndex<>(built.stream().map(Root::template).toList(), built);
    Map<String, ResourcePath> literalAnswers = new HashMap<>();
    for (String literal : literalPaths) {
      ResourcePath answer = walk(literal, 0, literal.length());
      if (answer != null) {
        literalAnswers.put(literal, answer);
      }
    }
    this.literals = new RegionMap<>(literalAnswers);
  }

  private static String join(String parent, String child) {
    return parent.isEmpty() ? child : child.isEmpty() ? parent : parent + "/" + child;
  }

  private static String encoded(String path) {
    return PathTemplate.encodeLiteral(path);
  }

  private static String encodedJoin(String parent, PathTemplate child) {
    return join(encoded(parent), child.encodedLiteral());
  }

  /**
   * The resource path a request path reaches, or null when no route of this table does. Copies
   * nothing unless the path has matrix parameters or lower-case percent-escapes.
   */
  ResourcePath match(String requestPath) {
    int from = requestPath.startsWith("/") ? 1 : 0;
    int to = requestPath.length();
    if (requestPath.indexOf(';', from) >= 0) {
      String cleaned = withoutMatrixParameters(requestPath.substring(from));
      return match(cleaned);
    }
    if (hasLowerCaseEscape(requestPath, from)) {
      ResourcePath asWritten = walk(requestPath, from, to);
      String upper = upperCaseEscapes(requestPath.substring(from));
      return asWritten == walk(upper, 0, upper.length()) ? asWritten : null;
    }
    if (to > from && requestPath.charAt(to - 1) != '/') {
      ResourcePath literal = literals.get(requestPath, from, to);
      if (literal != null) {
        return literal;
      }
    }
    return walk(requestPath, from, to);
  }

  private ResourcePath walk(String path, int from, int to) {
    List<Root> candidates = roots.candidates(path, from, to);
    for (int i = 0; i < candidates.size(); i++) {
      Root root = candidates.get(i);
      if (root.template().text().isEmpty()) {
        return below(root.level(), path, from, to); // @Path("/"): every path starts below it
      }
      int end = root.compiled().matchPrefix(path, from, to);
      if (end >= 0) {
        return below(root.level(), path, end == to ? to : end + 1, to);
      }
    }
    return null;
  }

  /** What {@code level} serves for the rest of the path, {@code path[from, to)}, without its leading slash. */
  private static ResourcePath below(Level level, String path, int from, int to) {
    if (from >= to) {
      return level.own();
    }
    boolean trailingSlash = path.charAt(to - 1) == '/' && to - 1 > from;
    List<Member> candidates = level.members().candidates(path, from, to);
    for (int i = 0; i < candidates.size(); i++) {
      Member member = candidates.get(i);
      if (member.isMethod()) {
        if (member.compiled().matches(path, from, to)
            || (trailingSlash && member.compiled().matches(path, from, to - 1))) {
          return member.path();
        }
      } else {
        int end = member.compiled().matchPrefix(path, from, to);
        if (end >= 0) {
          return below(member.locator(), path, end == to ? to : end + 1, to);
        }
      }
    }
    return null;
  }

  private static boolean hasLowerCaseEscape(String path, int from) {
    for (int i = path.indexOf('%', from); i >= 0 && i + 2 < path.length(); i = path.indexOf('%', i + 1)) {
      if (isLowerHex(path.charAt(i + 1)) || isLowerHex(path.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerHex(char c) {
    return c >= 'a' && c <= 'f';
  }

  private static String upperCaseEscapes(String path) {
    char[] chars = path.toCharArray();
    for (int i = 0; i + 2 < chars.length; i++) {
      if (chars[i] == '%') {
        chars[i + 1] = Character.toUpperCase(chars[i + 1]);
        chars[i + 2] = Character.toUpperCase(chars[i + 2]);
      }
    }
    return new String(chars);
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
    return out.toString();
  }
}
