package dev.crosscheck.runtime.internal.origin;

import static dev.crosscheck.runtime.internal.origin.OriginPropertyTest.*;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.runtime.testing.Choices;

/**
 * Jazzer's entry points to the generators and oracles of {@link OriginPropertyTest}. In the test command
 * they replay the inputs kept under {@code src/test/resources} (and an empty one); with {@code
 * JAZZER_FUZZ=1} each fuzzes, coverage-guided, for up to its {@code maxDuration} (see
 * docs/testing.md). Kept apart from the seeded cases so that mutation testing, which reruns
 * tests for every mutant, need not start Jazzer's agent.
 */
class OriginFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void parsing(FuzzedDataProvider data) {
    checkParse(originText(Choices.of(data)));
  }

  @FuzzTest(maxDuration = "60s")
  void patternMatching(FuzzedDataProvider data) {
    Choices c = Choices.of(data);
    String pattern = patternText(c);
    checkPattern(pattern, candidate(c, pattern));
  }
}
