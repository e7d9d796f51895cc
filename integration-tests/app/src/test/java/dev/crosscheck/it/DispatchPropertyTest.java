package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import dev.crosscheck.it.layouts.GeneratedLayouts;
import dev.crosscheck.runtime.internal.path.PathTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The filter's choices against the runtime's real dispatch, on random layouts ({@code
 * LayoutGenerator}: templates with literals that percent-encode to other lengths, ties, variables
 * that match the empty string or slashes, locators beside methods) and random request paths made
 * from their templates (encoded and non-ASCII literals, trailing slashes, matrix parameters,
 * empty segments, lower-case escapes). For every path, on whichever runtime runs the suite:
 *
 * <ul>
 *   <li>the actual request's CORS headers are those of the method that ran (it answers its name
 *       and whether it is open);
 *   <li>a granted preflight is followed by an open method running: the table never grants what
 *       the runtime's dispatch would not.
 * </ul>
 *
 * <p>The layouts are generated when the module builds, from {@code crosscheck.it.seed} and {@code
 * crosscheck.it.layouts} (see its pom); the paths here from {@code crosscheck.it.seed} and {@code
 * crosscheck.it.pathsPerTemplate}. For a longer run: {@code mvn -B install -pl
 * integration-tests/app -am -DskipTests -Dcrosscheck.it.layouts=400 && mvn -B verify -pl
 * integration-tests/jersey,integration-tests/resteasy -Dtest=DispatchPropertyTest
 * -Dcrosscheck.it.pathsPerTemplate=40}.
 */
class DispatchPropertyTest {

  private static final String APP = "https://app.example.com";

  @Test
  void preflightsGrantOnlyWhatTheDispatchedMethodGrantsAndResponsesCarryItsHeaders() throws Exception {
    long seed = Long.getLong("crosscheck.it.seed", 20261130L);
    int perTemplate = Integer.getInteger("crosscheck.it.pathsPerTemplate", 6);
    List<String> violations = new ArrayList<>();
    int granted = 0;
    int refused = 0;
    int ran = 0;
    try (ItServer server = ItServer.start(new GeneratedLayouts())) {
      RawHttp http = server.http();
      for (int t = 0; t < GeneratedLayouts.TEMPLATES.size(); t++) {
        PathTemplate template = PathTemplate.parse(GeneratedLayouts.TEMPLATES.get(t));
        Random random = new Random(seed * 31 + t);
        for (int i = 0; i < perTemplate; i++) {
          String path = "/" + RequestPaths.from(template, random);
          Reply preflight = http.send("OPTIONS", path, "Origin", APP, "Access-Control-Request-Method", "GET");
          Reply actual = http.send("GET", path, "Origin", APP);
          String answer = actual.status() == 200 ? actual.body().strip() : "nothing (" + actual.status() + ")";
          boolean open = answer.startsWith("open ");
          ran += actual.status() == 200 ? 1 : 0;
          if (open && !List.of(APP).equals(actual.all("Access-Control-Allow-Origin"))) {
            violations.add("GET " + path + ": " + answer + " ran, without its grant");
          }
          if (!open && actual.hasAnyCorsHeader()) {
            violations.add("GET " + path + ": " + answer + " ran, with CORS headers " + actual.all("Access-Control-Allow-Origin"));
          }
          if (preflight.first("Access-Control-Allow-Origin") != null) {
            granted++;
            if (!open) {
              violations.add("OPTIONS " + path + " was granted, then " + answer + " ran");
            }
          } else if (preflight.status() == 403) {
            refused++;
          }
        }
      }
    }
    System.out.printf("[%s] %d paths: %d ran a method, %d preflights granted, %d refused%n",
        ItServer.runtime(), GeneratedLayouts.TEMPLATES.size() * perTemplate, ran, granted, refused);
    assertThat(violations).as("on %s", ItServer.runtime()).isEmpty();
    assertThat(granted).as("preflights granted: the layouts must exercise the table").isPositive();
    assertThat(ran).as("requests that reached a method").isGreaterThan(granted);
  }

  /** Request paths made from a template: what the runtimes may match, and near misses. */
  static final class RequestPaths {
    private static final String[] ANY = {"x", "-", "a%20b", "%C3%A9", "cd", "x-", "x-x", "a", "1", "-x"};
    private static final String[] LETTERS = {"a", "x", "cd", "xcd"};
    private static final String[] DIGITS = {"1", "42"};
    private static final String[] ANYTHING = {"", "x", "x/y", "a%20b", "cd", "%C3%A9", "-x"};

    static String from(PathTemplate template, Random random) {
      StringBuilder path = new StringBuilder();
      for (PathTemplate.Part part : template.parts()) {
        if (!part.isVariable()) {
          path.append(PathTemplate.encodeLiteral(part.literal()));
          continue;
        }
        String[] values = part.regex() == null ? ANY
            : switch (part.regex()) {
              case "[a-z]+" -> LETTERS;
              case "\\d+" -> DIGITS;
              default -> ANYTHING;
            };
        path.append(values[random.nextInt(values.length)]);
      }
      String result = path.toString();
      int mutation = random.nextInt(10);
      if (mutation < 3) {
        result += "/";
      } else if (mutation == 3) {
        int slash = result.indexOf('/');
        result = slash < 0 ? result + ";m=1" : result.substring(0, slash) + ";m=1" + result.substring(slash);
      } else if (mutation == 4) {
        result = result.replace("%C3%A9", "%c3%a9");
      } else if (mutation == 5) {
        result = result.replaceFirst("/", "//");
      }
      return result;
    }
  }
}
