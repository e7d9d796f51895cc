package dev.crosscheck.bench.subject;

import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.route.RouteRows;
import dev.crosscheck.runtime.generated.GeneratedPolicy;
import dev.crosscheck.runtime.generated.GeneratedTable;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.util.List;

/**
 * The four generated tables, each from its own compilation, and the request paths the cases use.
 *
 * <p>Each scale has {@code classes} root resources {@code api/r<c>} of {@code pathsPerClass} paths
 * in blocks of ten (see {@code ResourceGenerator}). Requests go to the class in the middle of the
 * table and to the block in the middle of that class, so that no implementation is measured at
 * the lucky start or the unlucky end of a list.
 */
public final class Tables {

  public static final int[] SCALES = {10, 100, 1_000, 10_000};

  private Tables() {}

  /**
   * The routes of that scale's generated filter, and only those: {@code GeneratedCorsFilter}'s
   * constructor would also merge every other {@code GeneratedTable} on the class path (the other
   * scales), so the engine is built from that scale's {@code Table} alone, read as the runtime reads it.
   */
  public static List<Route> routes(int scale) {
    GeneratedTable table = switch (scale) {
      case 10 -> new dev.crosscheck.bench.scale10.GeneratedCorsFilter.Table();
      case 100 -> new dev.crosscheck.bench.scale100.GeneratedCorsFilter.Table();
      case 1_000 -> new dev.crosscheck.bench.scale1000.GeneratedCorsFilter.Table();
      case 10_000 -> new dev.crosscheck.bench.scale10000.GeneratedCorsFilter.Table();
      default -> throw new IllegalArgumentException("no generated table of " + scale + " paths");
    };
    List<CorsPolicy> policies = table.policies().stream().map(GeneratedPolicy::policy).toList();
    return RouteRows.parse(policies, table.routeRows().toArray(String[]::new));
  }

  static int classes(int scale) {
    return Math.max(1, scale / 100);
  }

  static int pathsPerClass(int scale) {
    return Math.min(scale, 100);
  }

  /** What the case's request path is: see {@code ResourceGenerator} for the kinds. */
  public enum PathKind {
    /** {@code items<i>/{id}}, policy A, GET and PUT. */
    TEMPLATE(1, "/42", "/{id}"),
    /** {@code items<i>/{id}/parts}, policy C (origin pattern), GET and PUT. */
    PATTERN_POLICY(4, "/42/parts", "/{id}/parts"),
    /** {@code items<i>}, policy A, GET. */
    LITERAL(0, "", ""),
    /**
     * 600 dashes and no {@code .json} against {@code items<i>/{year}-{month}-{day}.json}: a path
     * that makes a backtracking matcher try every split of the dashes, and that no method serves.
     */
    HOSTILE(9, "/" + "-".repeat(600) + ".jso", null);

    final int kind;
    final String suffix;
    final String templateSuffix;

    PathKind(int kind, String suffix, String templateSuffix) {
      this.kind = kind;
      this.suffix = suffix;
      this.templateSuffix = templateSuffix;
    }
  }

  /**
   * The route the runtime dispatches {@link #path(int, PathKind)} to for {@code method}; null
   * where it dispatches to none ({@link PathKind#HOSTILE}).
   */
  static Route route(int scale, PathKind kind, String method) {
    if (kind.templateSuffix == null) {
      return null;
    }
    int c = classes(scale) / 2;
    int block = pathsPerClass(scale) / 10 / 2;
    String root = "api/r" + c;
    String template = "items" + (block * 10 + kind.kind) + kind.templateSuffix;
    return routes(scale).stream()
        .filter(r -> r.rootTemplate().equals(root) && r.methodTemplate().equals(template) && r.httpMethod().equals(method))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no route " + method + " " + root + "/" + template));
  }

  /** The request path, relative to the application and without a leading slash. */
  public static String path(int scale, PathKind kind) {
    int c = classes(scale) / 2;
    int block = pathsPerClass(scale) / 10 / 2;
    return "api/r" + c + "/items" + (block * 10 + kind.kind) + kind.suffix;
  }
}
