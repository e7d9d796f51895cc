package dev.crosscheck.runtime.internal.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text form of the generated table: what the processor writes, the filter reads back unchanged. */
class RouteRowsTest {

  private static final CorsPolicy OPEN = new CorsPolicy(List.of("https://app.example.com"), List.of(), List.of(),
      List.of(), List.of(), false, CorsPolicy.MAX_AGE_NOT_SENT, false, List.of());

  @Test
  void readsBackWhatItWrites() {
    List<Route> routes = List.of(
        new Route("com.example.Notes", "notes", "", "GET", "list()", OPEN),
        new Route("com.example.Notes", "/notes/", List.of("{id}/lines", "{line}"), "{x: \\d+}", "PUT",
            "com.example.Lines$Line", "update(long,java.lang.String)", null),
        // What a field may hold that the format itself uses: separators, escapes, non-ASCII.
        new Route("com.example.Odd", "a\tb%09c%", List.of("", "l\nm\rn"), "{p: [^\\t%]+}", "PATCH",
            "com.example.Odd", "é(int[])", OPEN),
        // Why a method without a policy is closed.
        new Route("com.example.Notes", "notes", List.of(), "{id}", "DELETE", "com.example.Notes", "delete(long)", null,
            Route.Closed.OPTED_OUT),
        new Route("com.example.Notes", "notes", List.of(), "{id}", "PATCH", "com.example.Notes", "patch(long)", null,
            Route.Closed.METHODS_EXCLUDE));
    StringBuilder text = new StringBuilder();
    for (Route route : routes) {
      text.append(RouteRows.line(route, route.policy() == null ? RouteRows.closedField(route.closed()) : "0"));
    }

    assertThat(RouteRows.parse(List.of(OPEN), text.toString())).isEqualTo(routes);
  }

  @Test
  void joinsChunksSplitAnywhere() {
    String line = RouteRows.line(new Route("com.example.Notes", "notes", List.of("{id}"), "", "GET",
        "com.example.Note", "get()", null), "-");
    List<Route> whole = RouteRows.parse(List.of(), line + line);

    for (int cut = 0; cut <= 2 * line.length(); cut++) {
      String text = line + line;
      assertThat(RouteRows.parse(List.of(), text.substring(0, cut), text.substring(cut))).isEqualTo(whole);
    }
    assertThat(whole).hasSize(2);
  }

  /**
   * A field that repeats on many rows (a class's name and template, an HTTP method) is kept once:
   * with 20,000 rows, one copy per row kept a third of the engine's heap.
   */
  @Test
  void keepsOneCopyOfAFieldThatRowsRepeat() {
    String text = RouteRows.line(new Route("com.example.Notes", "notes", "", "GET", "list()", OPEN), "0")
        + RouteRows.line(new Route("com.example.Notes", "notes", "{id}", "GET", "get(long)", OPEN), "0");

    List<Route> routes = RouteRows.parse(List.of(OPEN), text);

    assertThat(routes.get(1).rootClass()).isSameAs(routes.get(0).rootClass());
    assertThat(routes.get(1).resourceClass()).isSameAs(routes.get(0).rootClass());
    assertThat(routes.get(1).rootTemplate()).isSameAs(routes.get(0).rootTemplate());
    assertThat(routes.get(1).httpMethod()).isSameAs(routes.get(0).httpMethod());
  }

  /**
   * A field is compared with the row above's as written, to skip cutting it out: an escaped one
   * must not be, since "a%25" as written is "a%", the row above's "a%25" was written "a%2525".
   */
  @Test
  void readsAFieldThatLooksLikeTheRowAbovesOnlyAsWritten() {
    List<Route> routes = List.of(
        new Route("com.example.A", "a%25", "", "GET", "get()", OPEN),
        new Route("com.example.A", "a%", "", "PUT", "put()", OPEN),
        new Route("com.example.A", "a%", "x", "PUT", "put2()", OPEN));
    StringBuilder text = new StringBuilder();
    routes.forEach(route -> text.append(RouteRows.line(route, "0")));

    assertThat(RouteRows.parse(List.of(OPEN), text.toString())).isEqualTo(routes);
  }

  @Test
  void readsTheClassesWithPolicies() {
    assertThat(RouteRows.lines("com.example.A\ncom.exa", "mple.B\n")).containsExactly("com.example.A", "com.example.B");
    assertThat(RouteRows.lines()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GET\tcom.example.A\ta\t\t\tget()",
      "GET\tcom.example.A\ta\t\t\tget()\t1",
      "GET\tcom.example.A\ta\t\t\tget()\tone",
      "GET\tcom.example.A\ta%2\t\t\tget()\t-",
      "GET\tcom.example.A\ta%41\t\t\tget()\t-"})
  void refusesACorruptedTableNamingTheLine(String corrupted) {
    String good = "GET\tcom.example.A\ta\t\t\tget()\t0\n";

    assertThatThrownBy(() -> RouteRows.parse(List.of(OPEN), good + corrupted + "\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Crosscheck: line 2 of the generated route table")
        .hasMessageEndingWith("rebuild the module with the processor");
  }
}
