package dev.crosscheck.runtime.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.OriginSource;
import dev.crosscheck.runtime.OriginSources;
import dev.crosscheck.runtime.spi.CorsConfigurationException;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An origin source read as a running application reads it: values in force after the start's
 * read and after each refresh, each value checked with the rules of the policy that names the
 * source, and a source that fails leaving the values before in force. Each test has a source class
 * of its own, since {@link OriginSources#refresh} finds every running instance of a class.
 */
class OriginSourceTest {

  private static final CorsPolicy CREDENTIALED = new CorsPolicy(List.of("https://app.example.com"), List.of(),
      List.of("GET"), List.of(), List.of(), true, 600, false, List.of(), null);

  private final Logger logger = Logger.getLogger("dev.crosscheck");
  private final List<String> warnings = new ArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        warnings.add(record.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private boolean parentsBefore;

  @BeforeEach
  void listen() {
    parentsBefore = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
    logger.setUseParentHandlers(parentsBefore);
  }

  /** A source whose values the test sets; one subclass per test. */
  abstract static class Settable implements OriginSource {
    volatile Collection<String> values = List.of();
    volatile RuntimeException failure;

    @Override
    public Collection<String> origins() {
      if (failure != null) {
        throw failure;
      }
      return values;
    }
  }

  public static final class Partners extends Settable {
    static volatile Partners instance;

    public Partners() {
      instance = this;
      values = List.of("https://partner.example.net");
    }
  }

  public static final class Tenants extends Settable {
    static volatile Tenants instance;

    public Tenants() {
      instance = this;
    }
  }

  public static final class Failing extends Settable {
    static volatile Failing instance;

    public Failing() {
      instance = this;
      values = List.of("https://partner.example.net");
    }
  }

  public static final class Huge extends Settable {
    static volatile Huge instance;

    public Huge() {
      instance = this;
      values = List.of("https://partner.example.net");
    }
  }

  public static final class EveryMillisecond extends Settable {
    @Override
    public Duration refreshInterval() {
      return Duration.ofMillis(1);
    }
  }

  public static final class EverySecond extends Settable {
    static volatile EverySecond instance;

    public EverySecond() {
      instance = this;
    }

    @Override
    public Duration refreshInterval() {
      return Duration.ofSeconds(1);
    }
  }

  /** Answers only when the test lets it: a database that hangs. */
  public static final class Hanging extends Settable {
    static volatile Hanging instance;
    final java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
    volatile boolean hang;

    public Hanging() {
      instance = this;
      values = List.of("https://partner.example.net");
    }

    @Override
    public Collection<String> origins() {
      if (hang) {
        try {
          answer.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return super.origins();
    }
  }

  static final class NotPublic extends Settable {}

  private static SourcedOrigins started(Class<? extends OriginSource> source, CorsPolicy policy) {
    OriginSourceReader reader = OriginSourceReader.create(source.getName(), OriginSourceTest.class.getClassLoader());
    SourcedOrigins origins = reader.supply(new SourcedOrigins(policy, source.getName()));
    reader.start();
    return origins;
  }

  @Test
  void theStartsReadIsInForceAndARefreshReplacesIt() {
    SourcedOrigins origins = started(Partners.class, CREDENTIALED);
    assertThat(origins.allows("https://partner.example.net")).isTrue();
    assertThat(origins.allows("https://other.example.net")).isFalse();

    Partners.instance.values = List.of("https://other.example.net");
    assertThat(OriginSources.refresh(Partners.class)).isEqualTo(1);

    assertThat(origins.allows("https://other.example.net")).isTrue();
    assertThat(origins.allows("https://partner.example.net")).as("removed from the source").isFalse();
    assertThat(warnings).isEmpty();
  }

  @Test
  void theScheduleReadsTheSourceAgainAfterItsInterval() throws InterruptedException {
    SourcedOrigins origins = started(EverySecond.class, CREDENTIALED);
    assertThat(origins.allows("https://late.example.net")).isFalse();

    EverySecond.instance.values = List.of("https://late.example.net");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!origins.allows("https://late.example.net") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(origins.allows("https://late.example.net")).as("read again by the schedule, no refresh called").isTrue();
  }

  @Test
  void aValueThatBreaksARuleIsRefusedAndLoggedOnceAndTheOthersStay() {
    SourcedOrigins origins = started(Tenants.class, CREDENTIALED);
    Tenants.instance.values = java.util.Arrays.asList("http://tenant.example.net", "https://*.example.net", "*",
        "${TENANT}", "https://tenant.example.net/", null, "null", "https://good.example.net");
    OriginSources.refresh(Tenants.class);
    OriginSources.refresh(Tenants.class);

    assertThat(origins.allows("https://good.example.net")).isTrue();
    assertThat(origins.allows("http://tenant.example.net")).isFalse();
    assertThat(origins.allows("https://a.example.net")).as("a pattern, with credentials").isFalse();
    assertThat(origins.allows("https://anyone.example")).isFalse();
    assertThat(origins.allows("null")).as("sandboxed pages, file: and data: alike").isFalse();
    assertThat(warnings).hasSize(7).allMatch(w -> w.startsWith("Crosscheck refuses a value of the origin source "
        + Tenants.class.getName() + ", which is not allowed: [CORS"));
    assertThat(String.join("\n", warnings)).contains("[CORS007] origin \"http://tenant.example.net\"")
        .contains("[CORS088] origin pattern \"https://*.example.net\"").contains("[CORS089] \"*\"")
        .contains("[CORS089] \"${TENANT}\"").contains("https://tenant.example.net/").contains("[CORS089] \"\" from").contains("[CORS004] origin \"null\"");
  }

  @Test
  void aValueReadAgainKeepsItsVerdictAndAValueGoneIsDropped() {
    SourcedOrigins origins = new SourcedOrigins(CREDENTIALED, "Partners");
    origins.replace(java.util.Arrays.asList("https://a.example.net", "http://b.example.net", null));
    origins.replace(java.util.Arrays.asList("https://a.example.net", "http://b.example.net", null, "https://c.example.net"));
    assertThat(origins.allows("https://a.example.net")).isTrue();
    assertThat(origins.allows("https://c.example.net")).isTrue();
    assertThat(origins.allows("http://b.example.net")).isFalse();
    assertThat(warnings).as("each refusal said once").hasSize(2);

    origins.replace(List.of("https://c.example.net"));
    assertThat(origins.allows("https://a.example.net")).as("no longer read").isFalse();
    assertThat(origins.size()).isEqualTo(1);
  }

  @Test
  void withoutCredentialsOrWithTheRiskAcceptedAPatternIsTaken() {
    CorsPolicy open = new CorsPolicy(List.of(), List.of(), List.of("GET"), List.of(), List.of(), false, 600, false,
        List.of(), null);
    CorsPolicy accepting = new CorsPolicy(List.of(), List.of(), List.of("GET"), List.of(), List.of(), true, 600, false,
        List.of("PATTERNS_FROM_SOURCE_WITH_CREDENTIALS"), null);
    for (CorsPolicy policy : List.of(open, accepting)) {
      SourcedOrigins origins = new SourcedOrigins(policy, "Preview");
      origins.replace(List.of("https://*.preview.example.net"));
      assertThat(origins.allows("https://pr-17.preview.example.net")).isTrue();
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void aValueWithOnlyAWarningIsAllowedAndTheWarningLoggedOnce() {
    CorsPolicy open = new CorsPolicy(List.of(), List.of(), List.of("GET"), List.of(), List.of(), false, 600, false,
        List.of(), null);
    SourcedOrigins origins = new SourcedOrigins(open, "Partners");
    origins.replace(List.of("http://partner.example.net"));
    origins.replace(List.of("http://partner.example.net"));

    assertThat(origins.allows("http://partner.example.net")).isTrue();
    assertThat(warnings).singleElement().asString().startsWith("Crosscheck allows a value of the origin source Partners,"
        + " with a warning: [CORS008] origin \"http://partner.example.net\" uses http://");
  }

  @Test
  void aSourceThatThrowsLeavesTheValuesBeforeInForceAndSaysSoOnce() {
    SourcedOrigins origins = started(Failing.class, CREDENTIALED);
    Failing.instance.failure = new IllegalStateException("database down");
    OriginSources.refresh(Failing.class);
    OriginSources.refresh(Failing.class);

    assertThat(origins.allows("https://partner.example.net")).isTrue();
    assertThat(warnings).singleElement().asString().contains("could not read the origin source " + Failing.class.getName()
        + " (it threw java.lang.IllegalStateException: database down), so the origins it supplied before stay in force");
  }

  @Test
  void aSourceThatDoesNotAnswerInTimeLeavesTheValuesBeforeInForce() {
    SourcedOrigins origins = started(Hanging.class, CREDENTIALED);
    Hanging.instance.hang = true;
    Hanging.instance.values = List.of("https://other.example.net");
    try {
      long start = System.nanoTime();
      OriginSources.refresh(Hanging.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(OriginSource.TIMEOUT_SECONDS));
      assertThat(origins.allows("https://partner.example.net")).isTrue();
      assertThat(origins.allows("https://other.example.net")).isFalse();
      assertThat(warnings).singleElement().asString().contains("(no answer within 10 seconds), so the origins it supplied"
          + " before stay in force");
    } finally {
      Hanging.instance.answer.countDown();
    }
  }

  @Test
  void aSetBeyondTheLimitIsRefusedWhole() {
    SourcedOrigins origins = started(Huge.class, CREDENTIALED);
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= OriginSource.MAX_VALUES; i++) {
      many.add("https://t" + i + ".example.net");
    }
    Huge.instance.values = many;
    OriginSources.refresh(Huge.class);

    assertThat(origins.allows("https://partner.example.net")).isTrue();
    assertThat(origins.allows("https://t1.example.net")).isFalse();
    assertThat(warnings).singleElement().asString().contains("100001 values, more than the 100000 a source may supply");
  }

  @Test
  void aSourceThatCannotBeMadeOrAsksForAnIntervalOutOfRangeStopsTheStart() {
    assertThatThrownBy(() -> OriginSourceReader.create(NotPublic.class.getName(), getClass().getClassLoader()))
        .isInstanceOf(CorsConfigurationException.class).hasMessageContaining("[CORS087] the origin source "
            + NotPublic.class.getName() + " cannot be made");
    assertThatThrownBy(() -> OriginSourceReader.create(EveryMillisecond.class.getName(), getClass().getClassLoader()))
        .isInstanceOf(CorsConfigurationException.class).hasMessageContaining("asks to be read every PT0.001S");
  }

  @Test
  void refreshingASourceNoApplicationRunsReadsNothing() {
    assertThat(OriginSources.refresh(EveryMillisecond.class)).isZero();
  }
}
