package dev.crosscheck.runtime.testing;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Cases drawn at random from a fixed seed, for property tests: the test command runs a fixed
 * number, so a failure reproduces, and its message names the case's index. Run them longer, or
 * from another seed, with system properties:
 *
 * <pre>
 * mvn -B test -pl runtime -Dtest='*PropertyTest' -Dcrosscheck.cases=200000 -Dcrosscheck.seed=7
 * </pre>
 */
public final class GeneratedCases {

  /** How many cases each property runs: {@code crosscheck.cases}, else {@code defaultCount}. */
  public static int count(int defaultCount) {
    return Integer.getInteger("crosscheck.cases", defaultCount);
  }

  /** The seed: {@code crosscheck.seed}, else {@code 20261130}. */
  public static long seed() {
    return Long.getLong("crosscheck.seed", 20261130L);
  }

  /**
   * {@code count} cases, the {@code i}-th made by {@code generator} from a random of its own
   * (seed and index), so that any one case can be rerun alone.
   */
  public static <T> Stream<T> of(int defaultCount, Function<Random, T> generator) {
    long seed = seed();
    return IntStream.range(0, count(defaultCount)).mapToObj(i -> generator.apply(new Random(seed * 1_000_003L + i)));
  }

  /** A string of up to {@code maxLength} characters from {@code alphabet}. */
  public static String string(Random random, String alphabet, int minLength, int maxLength) {
    int length = minLength + random.nextInt(maxLength - minLength + 1);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private GeneratedCases() {}
}
