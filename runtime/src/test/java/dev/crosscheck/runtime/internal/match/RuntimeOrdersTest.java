package dev.crosscheck.runtime.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.internal.path.PathTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where Jersey and RESTEasy may try two templates of one level in different orders. A pair they
 * order alike, or that no path can match both of, is safe; any other pair makes the route table
 * answer "ambiguous" where both match.
 */
class RuntimeOrdersTest {

  private static boolean mayDisagree(String first, boolean firstIsMethod, String second, boolean secondIsMethod) throws Exception {
    return RuntimeOrders.mayDisagree(PathTemplate.parse(first), firstIsMethod, PathTemplate.parse(second), secondIsMethod);
  }

  @ParameterizedTest(name = "{0} ({1}) before {2} ({3}): {4}")
  @CsvSource({
    // More literal characters first, in both counts: ordered alike.
    "items/special, true,  items/{id},      true,  false",
    "{a}/{b},       true,  {a},             true,  false",
    "{a: \\d+},     true,  {a},             true,  false",
    // An exact tie in every key: no runtime promises an order.
    "{a},           true,  {b},             true,  true",
    "a{x},          true,  a{y},            true,  true",
    // A tie between a method and a locator: both runtimes take the method first...
    "{a},           true,  {b},             false, false",
    // ...but not a locator before a method.
    "{a},           false, {b},             true,  true",
    // "é" counts 1 as written, 6 encoded: Jersey puts the first first (8 to 5), RESTEasy the second (8 to 10).
    "{v}abcdefgx,   true,  caf\u00e9{w}x,    true,  true",
    // Same ranking trouble, but no path matches both: different leading literals.
    "a{x},          true,  b{y},            true,  false",
    // Methods match to the end: different trailing literals never overlap.
    "{x}.jsn,       true,  {y}.xml,         true,  false",
    // Locators match a prefix: the same pair may overlap.
    "{x}.jsn,       false, {y}.xml,         false, true",
    // Methods whose variables never span a slash: a different number of segments never overlaps.
    "{x}/{y},       true,  {a}-{b},         true,  false",
    "{x}/{y},       true,  {a: .+}-{b},     true,  true",
    // Leading literal a prefix of the other: may overlap.
    "ab{x},         true,  a{y}{z},         true,  false",
    "ab{x}c,        true,  abc{z},          true,  true",
  })
  void marksPairsSomeRuntimeMayOrderTheOtherWay(String first, boolean firstIsMethod, String second, boolean secondIsMethod,
      boolean expected) throws Exception {
    assertThat(mayDisagree(first, firstIsMethod, second, secondIsMethod)).isEqualTo(expected);
  }
}
