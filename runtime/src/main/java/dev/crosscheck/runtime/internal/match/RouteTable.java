package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.path.InvalidTemplateException;
import dev.crosscheck.runtime.internal.path.PathTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the resource path a request reaches, the way Jakarta REST runtimes do (Jakarta REST 3.1,
 * section 3.7.2), level by level with no going back:
 *
 * <ol>
 *   <li>the root resource whose template matches the start of the path, by precedence: more
 *       literal characters, then more variables, then more variables with a regular expression;
 *       root resources with the same template (names aside) are one level, as both runtimes keep
 *       them;
 *   <li>within it, with nothing left of the path: its own resource methods; otherwise the
 *       sub-resource method or locator whose template matches what is left, by the same
 *       precedence, methods before locators on a tie; a locator's sub-resource is matched the
 *       same way against what its template leaves.
 * </ol>
 *
 * <p>The supported runtimes do not fix that order the same way everywhere: Jersey counts literal
 * characters as written and RESTEasy once percent-encoded, neither breaks an exact tie the same
 * way (RESTEasy's order can change between two starts), and they read a trailing slash or a
 * lower-case percent-escape differently. So where two templates that can match the same path are
 * not ordered alike by both runtimes ("rivals"), or where two readings of the path disagree, the
 * lookup answers {@link ResourcePath#AMBIGUOUS} unless every alternative gives the request the
 * same policy. A preflight there is refused; the actual request is decided by the method that
 * runs, not by this table.
 *
 * <p>Request paths are taken as the runtimes see them in a pre-matching filter: relative to the
 * application, still percent-encoded, case-sensitive. One leading slash does not count (RESTEasy
 * writes it, Jersey does not); matrix parameters are dropped.
 *
 * <p>Literal paths are answered from a hash table precomputed with this very algorithm; other
 * paths are tried only against the templates whose leading literal segments they share ({@link
 * SegmentIndex}), so the cost stays flat as the table grows, and each template is matched in time
 * linear in the path's length ({@link CompiledTemplate}).
 */
public final class RouteTable {

  /** What {@link #reach} answers for a template that does not match: distinct from "matched, leads nowhere" (null). */
  private static final ResourcePath NO_MATCH = new ResourcePath("(no match)", Map.of());

  /**
   * A sub-resource method's path, or a locator's sub-resource, below one level; or a root
   * resource ({@code prefix}, with its level as {@code locator}).
   */
  private static final class Member {
    final PathTemplate template;
    final CompiledTemplate compiled;
    final ResourcePath path;
    final Level locator;
    /** The members that can match the same path and that some runtime may put before this one. */
    List<Member> rivals = List.of(); // most members have none: a list of their own only when they do

    Member(PathTemplate template, CompiledTemplate compiled, ResourcePath path, Level locator) {
      this.template = template;
      this.compiled = compiled;
      this.path = path;
      this.locator = locator;
    }

    boolean isMethod() {
      return path != null;
    }

    void addRival(Member rival) {
      if (rivals.isEmpty()) {
        rivals = new ArrayList<>();
      }
      rivals.add(rival);
    }
  }

  /** What one resource class serves: on its own path, and below it. */
  private record Level(ResourcePath own, SegmentIndex<Member> members) {}

  /** The routes of one resource class, gathered before the level is built. */
  private static final class LevelBuilder {
    final String path;
    final Map<String, CompiledRoute> own = new LinkedHashMap<>();
    final Map<PathTemplate, Map<String, CompiledRoute>> methods = new LinkedHashMap<>();
    final Map<PathTemplate, LevelBuilder> locators = new LinkedHashMap<>();

    LevelBuilder(String path) {
      this.path = path;
    }

    Level build(Set<String> literalPaths, boolean literalSoFar, TemplateCache cache) {
      List<Member> members = new ArrayList<>();
      String encodedPath = literalSoFar ? encoded(path) : null;
      methods.forEach((template, routes) -> {
        members.add(new Member(template, cache.compile(template, false), new ResourcePath(path, template.text(), routes), null));
        if (literalSoFar && template.isLiteral()) {
          literalPaths.add(join(encodedPath, template.encodedLiteral()));
        }
      });
      locators.forEach((template, below) -> members.add(new Member(template, cache.compile(template, true), null,
          below.build(literalPaths, literalSoFar && template.isLiteral(), cache))));
      members.sort(Comparator.comparing((Member m) -> m.template, RuntimeOrders.AS_WRITTEN)
          .thenComparing(m -> m.isMethod() ? 0 : 1)
          .thenComparing(m -> m.template.text()));
      findRivals(members);
      if (literalSoFar && !own.isEmpty()) {
        literalPaths.add(encodedPath);
      }
      return new Level(own.isEmpty() ? null : new ResourcePath(path, own),
          new SegmentIndex<>(members.stream().map(m -> m.template).toList(), members, cache::literalSegments));
    }
  }

  private final SegmentIndex<Member> roots;
  private final RegionMap<ResourcePath> literals;

  /**
   * @param compile the compiled policy of each route's policy (the same instance for routes that
   *     share a policy)
   */
  public RouteTable(List<Route> routes, Function<Route, CompiledPolicy> compile) throws InvalidTemplateException {
    this(routes, compile, route -> false);
  }

  /**
   * @param refused the routes whose policy a preflight cannot be answered with: they refuse it
   */
  public RouteTable(List<Route> routes, Function<Route, CompiledPolicy> compile, Predicate<Route> refused)
      throws InvalidTemplateException {
    TemplateCache cache = new TemplateCache();
    Map<PathTemplate, LevelBuilder> rootBuilders = new LinkedHashMap<>();
    for (Route route : routes) {
      PathTemplate rootTemplate = cache.parse(route.rootTemplate());
      LevelBuilder level = rootBuilders.computeIfAbsent(rootTemplate, t -> new LevelBuilder(t.text()));
      for (String locator : route.locatorTemplates()) {
        PathTemplate template = cache.parse(locator);
        String parent = level.path;
        level = level.locators.computeIfAbsent(template, t -> new LevelBuilder(join(parent, t.text())));
      }
      PathTemplate method = cache.parse(route.methodTemplate());
      Map<String, CompiledRoute> byMethod =
          method.text().isEmpty() ? level.own : level.methods.computeIfAbsent(method, k -> new LinkedHashMap<>());
      CompiledRoute earlier = byMethod.get(route.httpMethod());
      if (earlier == null) {
        byMethod.put(route.httpMethod(), refused.test(route) ? CompiledRoute.refused(route.httpMethod())
            : route.policy() == null
                ? new CompiledRoute(route.httpMethod(), null, route.closed().refusal(), route)
                : new CompiledRoute(route.httpMethod(), compile.apply(route), route));
      } else if (!earlier.refused() && !Objects.equals(earlier.source().policy(), route.policy())) {
        // Two policies a preflight cannot tell apart (they may belong to different applications): refuse it.
        // (Once refused, it stays refused, whatever the routes after.)
        byMethod.put(route.httpMethod(), CompiledRoute.refused(route.httpMethod()));
      }
    }
    Set<String> literalPaths = new LinkedHashSet<>();
    List<Member> built = new ArrayList<>();
    rootBuilders.forEach((template, builder) -> built.add(
        new Member(template, cache.compile(template, true), null, builder.build(literalPaths, template.isLiteral(), cache))));
    built.sort(Comparator.comparing((Member r) -> r.template, RuntimeOrders.AS_WRITTEN).thenComparing(r -> r.template.text()));
    findRivals(built);
    this.roots = new SegmentIndex<>(built.stream().map(r -> r.template).toList(), built, cache::literalSegments);
    Map<String, ResourcePath> literalAnswers = new HashMap<>();
    for (String literal : literalPaths) {
      ResourcePath answer = walk(literal, 0, literal.length(), null);
      if (answer != null && answer != ResourcePath.AMBIGUOUS) {
        literalAnswers.put(literal, answer);
      }
    }
    this.literals = new RegionMap<>(literalAnswers);
  }

  /** Marks as rivals the members, sorted in Jersey's order, that some runtime may order the other way round. */
  private static void findRivals(List<Member> sorted) {
    Rivals.find(sorted, m -> m.template, Member::isMethod, (first, second) -> {
      first.addRival(second);
      second.addRival(first);
    });
  }

  private static String join(String parent, String child) {
    return parent.isEmpty() ? child : child.isEmpty() ? parent : parent + "/" + child;
  }

  private static String encoded(String path) {
    return PathTemplate.encodeLiteral(path);
  }

  /** The resource path a request path reaches whatever its method: {@link #match(String, String)} with none. */
  public ResourcePath match(String requestPath) {
    return match(requestPath, null);
  }

  /**
   * The resource path a request path reaches, {@link ResourcePath#AMBIGUOUS} where the supported
   * runtimes may reach different policies for {@code method} (for any difference at all when
   * {@code method} is null), or null when no route of this table does. Copies nothing unless the
   * path has matrix parameters or lower-case percent-escapes.
   */
  public ResourcePath match(String requestPath, String method) {
    return match(requestPath, requestPath.startsWith("/") ? 1 : 0, method);
  }

  /** The same for the part of {@code requestPath} from {@code from} on, which it does not copy. */
  public ResourcePath match(String requestPath, int from, String method) {
    int to = requestPath.length();
    if (requestPath.indexOf(';', from) >= 0) {
      String cleaned = withoutMatrixParameters(requestPath.substring(from));
      // From 0: the one leading slash that does not count is already behind "from"; another one
      // is an empty segment, as it is without matrix parameters.
      return match(cleaned, 0, method);
    }
    if (hasLowerCaseEscape(requestPath, from)) {
      // Jersey decodes "%c3%a9" before matching a literal "é", RESTEasy compares the escapes as written.
      ResourcePath asWritten = walk(requestPath, from, to, method);
      String upper = upperCaseEscapes(requestPath.substring(from));
      return agree(asWritten, walk(upper, 0, upper.length(), method), method);
    }
    if (requestPath.indexOf("//", from) >= 0) {
      // An empty segment: Jersey matches it as written (a variable of ".*" takes "/"), RESTEasy
      // answers 404. Nothing a preflight could grant there is sure to be served.
      ResourcePath found = walk(requestPath, from, to, method);
      return found == null ? null : ResourcePath.AMBIGUOUS;
    }
    if (to > from + 1 && requestPath.charAt(to - 1) == '/') {
      // One runtime matches "a/" with the slash, where a variable may take the empty string; the other without it.
      return agree(walk(requestPath, from, to, method), walk(requestPath, from, to - 1, method), method);
    }
    if (to > from) {
      ResourcePath literal = literals.get(requestPath, from, to);
      if (literal != null) {
        return literal;
      }
    }
    return walk(requestPath, from, to, method);
  }

  /** The first reading where the other gives the same answer, else {@link ResourcePath#AMBIGUOUS}. */
  private static ResourcePath agree(ResourcePath first, ResourcePath second, String method) {
    return sameAnswer(first, second, method) ? first : ResourcePath.AMBIGUOUS;
  }

  /** Whether two outcomes give a request with {@code method} the same policy (are the same path, with no method). */
  private static boolean sameAnswer(ResourcePath a, ResourcePath b, String method) {
    if (a == b) {
      return a != ResourcePath.AMBIGUOUS;
    }
    if (method == null || a == ResourcePath.AMBIGUOUS || b == ResourcePath.AMBIGUOUS) {
      return false;
    }
    return policyOf(a, method) == policyOf(b, method);
  }

  private static CompiledPolicy policyOf(ResourcePath path, String method) {
    return path == null ? null : path.policy(method);
  }

  private ResourcePath walk(String path, int from, int to, String method) {
    return choose(roots.candidates(path, from, to), path, from, to, method);
  }

  /**
   * The outcome of the first member that matches {@code path[from, to)}, or {@link
   * ResourcePath#AMBIGUOUS} if a rival of it matches too and leads to another answer; null if none
   * matches.
   */
  private static ResourcePath choose(List<Member> candidates, String path, int from, int to, String method) {
    for (int i = 0; i < candidates.size(); i++) {
      Member member = candidates.get(i);
      ResourcePath outcome = reach(member, path, from, to, method);
      if (outcome == NO_MATCH) {
        continue;
      }
      List<Member> rivals = member.rivals;
      for (int r = 0; r < rivals.size(); r++) {
        ResourcePath alternative = reach(rivals.get(r), path, from, to, method);
        if (alternative != NO_MATCH && !sameAnswer(outcome, alternative, method)) {
          return ResourcePath.AMBIGUOUS;
        }
      }
      return outcome;
    }
    return null;
  }

  /**
   * Where {@code member} leads for {@code path[from, to)}: its resource path (a method), what its
   * level serves for the rest (a root or locator; null if nothing), or {@link #NO_MATCH}.
   */
  private static ResourcePath reach(Member member, String path, int from, int to, String method) {
    if (member.isMethod()) {
      // A method's template is matched as "template(/)?": one trailing slash is accepted.
      boolean matches = member.compiled.matches(path, from, to)
          || (to - 1 > from && path.charAt(to - 1) == '/' && member.compiled.matches(path, from, to - 1));
      return matches ? member.path : NO_MATCH;
    }
    if (member.template.text().isEmpty()) {
      return below(member.locator, path, from, to, method); // @Path("/"): every path starts below it
    }
    int end = member.compiled.matchPrefix(path, from, to);
    return end < 0 ? NO_MATCH : below(member.locator, path, end == to ? to : end + 1, to, method);
  }

  /** What {@code level} serves for the rest of the path, {@code path[from, to)}, without its leading slash. */
  private static ResourcePath below(Level level, String path, int from, int to, String method) {
    if (from >= to) {
      return level.own();
    }
    return choose(level.members().candidates(path, from, to), path, from, to, method);
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
