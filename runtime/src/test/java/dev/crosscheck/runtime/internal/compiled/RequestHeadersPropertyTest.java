package dev.crosscheck.runtime.internal.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.crosscheck.runtime.testing.Choices;
import dev.crosscheck.runtime.testing.GeneratedCases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz target for the check of a preflight's {@code Access-Control-Request-Headers} lines
 * ({@link AllowedRequestHeaders}): the one-pass scanner agrees with a plain tokenizer written
 * from RFC 9110 (a list of tokens separated by commas with optional SP/HTAB around them), the
 * refusal reason is given exactly when the check refuses, nothing throws, and anything over the
 * policy's length bound is refused before it is read. Driven by Jazzer and by seeded random
 * cases ({@link RequestHeadersFuzzTest}), as {@code OriginPropertyTest} explains.
 */
class RequestHeadersPropertyTest {

  private static final String[] NAMES = {"content-type", "Content-Type", "x-request-id", "X-REQUEST-ID", "authorization",
    "Authorization", "x-a", "x-", "a", "x-api-key", "*", "accept", "x_b", "x.b", "x!#$%&'*+-.^_`|~"};
  /** Pieces of a header line: names, separators, white space (SP/HTAB are allowed, others are not). */
  private static final String[] PIECES = {"content-type", "x-request-id", "authorization", "AUTHORIZATION", "x-a", "x-api-key",
    "accept", "content-typ", "content-type-x", "x", ",", ",", ", ", " ", "\t", "\u000b", "\u000c", "\r", "\n", "\u00a0",
    "\u2003", ";", "\"", "(", "=", "x y", "\u00e9", "*", ""};

  record Case(List<String> allowed, List<String> lines) {}

  static Case generate(Choices c) {
    List<String> allowed = new ArrayList<>();
    int names = c.below(5);
    for (int i = 0; i < names; i++) {
      allowed.add(c.pick(NAMES));
    }
    List<String> lines = new ArrayList<>();
    int count = 1 + c.below(3);
    for (int i = 0; i < count; i++) {
      if (c.below(10) == 0) {
        lines.add(c.anyText(30));
        continue;
      }
      StringBuilder line = new StringBuilder();
      int pieces = c.below(8);
      for (int p = 0; p < pieces; p++) {
        line.append(c.pick(PIECES));
      }
      lines.add(line.toString());
    }
    if (c.below(20) == 0) {
      lines.add(",".repeat(c.below(5000)));
    }
    return new Case(allowed, lines);
  }

  /** The oracle. */
  static void check(Case c) {
    AllowedRequestHeaders headers = new AllowedRequestHeaders(c.allowed());
    boolean allowed = headers.allowAll(c.lines());
    String refused = headers.firstRefused(c.lines());
    assertThat(allowed).as("allowAll and the reference, %s against %s", c.lines(), c.allowed())
        .isEqualTo(reference(c.allowed(), c.lines()));
    // A refusal must be explainable, and an explanation must mean a refusal.
    assertThat(refused == null).as("firstRefused is null exactly when allowAll is true: %s against %s",
        c.lines(), c.allowed()).isEqualTo(allowed);
    if (refused != null && lengthOf(c.lines()) <= bound(c.allowed())) {
      // The named entry is one the request really contains (or an empty one).
      assertThat(refused.equals("an empty entry") || String.join(",", c.lines()).contains(refused)).isTrue();
    }
  }

  /**
   * The longest request the policy reads at all: each distinct allowed name with a comma and a
   * little white space, plus slack; a wildcard reads up to {@link AllowedRequestHeaders#WILDCARD_MAX_LENGTH}.
   * No browser sends more for a request the policy could allow, so the scanner's work is bounded
   * by the policy, not by the request.
   */
  static int bound(List<String> allowed) {
    if (allowed.contains("*")) {
      return AllowedRequestHeaders.WILDCARD_MAX_LENGTH;
    }
    Set<String> distinct = new LinkedHashSet<>();
    allowed.forEach(name -> distinct.add(name.toLowerCase(Locale.ROOT)));
    return distinct.stream().mapToInt(name -> name.length() + 3).sum() + 16;
  }

  private static int lengthOf(List<String> lines) {
    return lines.stream().mapToInt(String::length).sum();
  }

  /** RFC 9110 section 5.6.1 lists of section 5.6.2 tokens, compared without regard to case. */
  static boolean reference(List<String> allowed, List<String> lines) {
    if (lines == null) {
      return true;
    }
    if (lengthOf(lines) > bound(allowed)) {
      return false;
    }
    for (String line : lines) {
      if (trimOws(line).isEmpty()) {
        continue; // an empty field line asks for nothing
      }
      for (String element : line.split(",", -1)) {
        String name = trimOws(element);
        if (!isToken(name) || !allows(allowed, name)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean allows(List<String> allowed, String name) {
    for (String a : allowed) {
      if (a.equalsIgnoreCase(name)) {
        return true;
      }
    }
    // Fetch: "*" stands for every name except Authorization, which must be listed by name.
    return allowed.contains("*") && !name.equalsIgnoreCase("authorization");
  }

  /** OWS is SP and HTAB only. */
  private static String trimOws(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return s.substring(start, end);
  }

  /** tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA */
  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (char ch : s.toCharArray()) {
      boolean alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
      boolean digit = ch >= '0' && ch <= '9';
      if (!alpha && !digit && "!#$%&'*+-.^_`|~".indexOf(ch) < 0) {
        return false;
      }
    }
    return true;
  }

  static Stream<Case> generated() {
    return GeneratedCases.of(4000, random -> generate(Choices.of(random)));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void requestHeadersGenerated(Case c) {
    check(c);
  }

  /** The generator must reach allowed requests too, or agreement on refusals would prove little. */
  @Test
  void generatedCasesIncludeAllowedOnes() {
    long allowed = generated().filter(c -> reference(c.allowed(), c.lines())).count();
    assertThat(allowed).isGreaterThan(GeneratedCases.count(4000) / 20);
  }

  /**
   * The length bound in force: with a short list, a request one character over it is refused
   * even though every entry in it is allowed; the same request fits a policy with more names.
   */
  @Test
  void aRequestLongerThanThePolicyCouldAllowIsRefusedUnread() {
    List<String> allowed = List.of("x-a");
    String request = String.join(",", java.util.Collections.nCopies(7, "x-a"));
    assertThat(request.length()).isGreaterThan(bound(allowed));
    assertThat(new AllowedRequestHeaders(allowed).allowAll(List.of(request))).isFalse();
    assertThat(new AllowedRequestHeaders(allowed).firstRefused(List.of(request))).startsWith("a list of");
    assertThat(new AllowedRequestHeaders(List.of("x-a", "x-b", "x-c")).allowAll(List.of(request))).isTrue();
    assertThat(new AllowedRequestHeaders(List.of("*")).allowAll(List.of(request))).isTrue();
    // Exactly at the bound is still read: the bound is the longest request allowed, not the first refused.
    String atTheBound = "x-a,x-a,x-a,x-a,x-a" + " ".repeat(bound(allowed) - 19);
    assertThat(atTheBound).hasSize(bound(allowed));
    assertThat(new AllowedRequestHeaders(allowed).allowAll(List.of(atTheBound))).isTrue();
    assertThat(new AllowedRequestHeaders(allowed).allowAll(List.of(atTheBound + " "))).isFalse();
  }

  /** Hang guard (not a speed test): megabytes of separators, white space or names finish. */
  @Test
  void adversarialInputsFinish() {
    List<String> wildcard = List.of("*");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (String big : new String[] {",".repeat(1 << 20), " ".repeat(1 << 20), "x-a,".repeat(1 << 18),
          "a".repeat(1 << 20), "\t,".repeat(1 << 19)}) {
        check(new Case(wildcard, List.of(big)));
        check(new Case(List.of("x-a"), List.of(big)));
        check(new Case(wildcard, java.util.Collections.nCopies(10_000, big.substring(0, 100))));
      }
    });
  }
}
