package dev.crosscheck.runtime.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Random;

/**
 * Where a fuzz input's decisions come from. The same generator builds inputs from Jazzer's bytes
 * (coverage-guided, when fuzzing for real) and from a seeded {@link Random} (the short run in
 * the test command), so both drivers check the same shapes of input against the same oracle.
 */
public interface Choices {

  /** A number in {@code [0, bound)}. */
  int below(int bound);

  /** One of {@code options}. */
  default String pick(String... options) {
    return options[below(options.length)];
  }

  /** Up to {@code maxLength} characters, each from {@code alphabet}. */
  default String string(String alphabet, int maxLength) {
    int length = below(maxLength + 1);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(below(alphabet.length())));
    }
    return s.toString();
  }

  /** Any text at all, of up to {@code maxLength} UTF-16 units: control characters, surrogates and all. */
  String anyText(int maxLength);

  static Choices of(Random random) {
    return new Choices() {
      @Override
      public int below(int bound) {
        return random.nextInt(bound);
      }

      @Override
      public String anyText(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
          // Mostly ASCII, where the grammar's edges are; now and then anything in the BMP.
          s.append((char) (random.nextInt(8) == 0 ? random.nextInt(0x10000) : random.nextInt(128)));
        }
        return s.toString();
      }
    };
  }

  static Choices of(FuzzedDataProvider data) {
    return new Choices() {
      @Override
      public int below(int bound) {
        return data.consumeInt(0, bound - 1);
      }

      @Override
      public String anyText(int maxLength) {
        return data.consumeString(maxLength);
      }
    };
  }
}
