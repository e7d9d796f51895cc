package dev.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.bench.subject.Case;
import dev.crosscheck.bench.subject.Outcome;
import dev.crosscheck.bench.subject.Subject;
import dev.crosscheck.bench.subject.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apples to apples: every implementation, for every case and table size, gives the answer
 * BENCHMARKS.md says it gives, so the benchmarks measure what they claim to.
 */
class OutcomeTest {

  static Stream<Arguments> exchanges() {
    List<Arguments> all = new ArrayList<>();
    for (Case c : Case.values()) {
      for (int scale : Tables.SCALES) {
        all.add(Arguments.of("crosscheck", c, scale));
        all.add(Arguments.of("spring", c, scale));
      }
      all.add(Arguments.of("resteasy", c, 100));
      all.add(Arguments.of("none", c, 100));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} at {2} paths")
  @MethodSource("exchanges")
  void answersAsDocumented(String implementation, Case c, int scale) throws Exception {
    Subject subject = Subject.named(implementation);
    subject.prepare(scale, c);
    subject.handle();
    Outcome first = subject.outcome();
    subject.handle(); // the same again: the harness's reset leaves nothing behind
    Outcome o = subject.outcome();
    assertThat(o).isEqualTo(first);

    if (implementation.equals("none")) {
      assertThat(o.allowOrigin()).isNull();
      assertThat(o.status()).isEqualTo(200);
      return;
    }
    switch (c) {
      case NO_ORIGIN -> {
        assertThat(o.allowOrigin()).isNull();
        assertThat(o.status()).isEqualTo(200);
      }
      case ALLOWED, ALLOWED_LITERAL_PATH -> {
        assertThat(o.status()).isEqualTo(200);
        assertThat(o.allowOrigin()).isEqualTo(Case.Origins.ALLOWED);
        assertThat(o.allowCredentials()).isEqualTo("true");
      }
      case DISALLOWED -> {
        assertThat(o.allowOrigin()).isNull();
        // Crosscheck lets the request run and withholds the headers; the others refuse it.
        assertThat(o.status()).isEqualTo(implementation.equals("crosscheck") ? 200 : 403);
      }
      case PREFLIGHT -> {
        assertThat(o.status()).isEqualTo(implementation.equals("crosscheck") ? 204 : 200);
        assertThat(o.allowOrigin()).isEqualTo(Case.Origins.ALLOWED);
        assertThat(o.allowMethods()).contains("PUT");
        assertThat(o.allowHeaders().toLowerCase(Locale.ROOT)).contains("content-type").contains("x-request-id");
      }
      case PREFLIGHT_REJECTED -> {
        assertThat(o.status()).isEqualTo(403);
        assertThat(o.allowOrigin()).isNull();
      }
      case HUGE_REQUEST_HEADERS -> {
        switch (implementation) {
          case "crosscheck" -> {
            assertThat(o.status()).isEqualTo(403);
            assertThat(o.allowOrigin()).isNull();
          }
          case "resteasy" -> {
            // Never reads the header: answers with its configured list.
            assertThat(o.status()).isEqualTo(200);
            assertThat(o.allowHeaders()).isEqualTo("Content-Type, X-Request-Id");
          }
          case "spring" -> {
            // Echoes every requested name back: about a megabyte.
            assertThat(o.status()).isEqualTo(200);
            assertThat(o.allowHeaders().length()).isGreaterThan(1_000_000);
          }
          default -> throw new AssertionError(implementation);
        }
      }
      case SUBDOMAIN_PATTERN -> {
        assertThat(o.status()).isEqualTo(200);
        assertThat(o.allowOrigin()).isEqualTo(Case.Origins.SUBDOMAIN);
      }
      case HOSTILE_PATH_PREFLIGHT -> {
        switch (implementation) {
          // No method serves the path: Crosscheck leaves the OPTIONS to the runtime (its own 404 or
          // Allow answer), Spring refuses it, RESTEasy answers any OPTIONS with an Origin.
          case "crosscheck" -> {
            assertThat(o.status()).isEqualTo(200);
            assertThat(o.allowOrigin()).isNull();
          }
          case "spring" -> {
            assertThat(o.status()).isEqualTo(403);
            assertThat(o.allowOrigin()).isNull();
          }
          case "resteasy" -> assertThat(o.allowOrigin()).isEqualTo(Case.Origins.ALLOWED);
          default -> throw new AssertionError(implementation);
        }
      }
      case HOSTILE_PATH_NO_ORIGIN -> {
        assertThat(o.status()).isEqualTo(200);
        assertThat(o.allowOrigin()).isNull();
      }
      default -> throw new AssertionError(c);
    }
  }
}
