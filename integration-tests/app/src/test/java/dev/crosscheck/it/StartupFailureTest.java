package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A configured value the compiler would have rejected stops the start of the application, with
 * the rule's code and the property's name, instead of failing requests or allowing them silently.
 */
class StartupFailureTest {

  @AfterEach
  void clear() {
    System.clearProperty(CorsBehaviourTest.PROPERTY);
  }

  @Test
  void wildcardWithCredentialsFromConfigurationStopsTheStart() {
    System.setProperty(CorsBehaviourTest.PROPERTY, "*");
    Throwable failure = catchThrowable(() -> ItServer.start(new ItApplication()).close());
    assertThat(failure).as("the start must fail").isNotNull();
    assertThat(messages(failure)).contains("CORS002").contains(CorsBehaviourTest.PROPERTY);
  }

  @Test
  void httpOriginWithCredentialsFromConfigurationStopsTheStart() {
    System.setProperty(CorsBehaviourTest.PROPERTY, "https://ok.example.com,http://intranet.example.com");
    Throwable failure = catchThrowable(() -> ItServer.start(new ItApplication()).close());
    assertThat(failure).as("the start must fail").isNotNull();
    assertThat(messages(failure)).contains("CORS007").contains("http://intranet.example.com");
  }

  /**
   * With {@code jakarta.ws.rs.loadServices=false} the filter is deployed by the runtime's fallback
   * (Jersey: ForcedAutoDiscoverable, RESTEasy: jakarta.ws.rs.ext.Providers); a bad configuration
   * must stop the start there too, not leave the application running without its CORS filter.
   */
  @Test
  void wildcardWithCredentialsStopsTheStartWithServiceLoadingOff() {
    System.setProperty(CorsBehaviourTest.PROPERTY, "*");
    Throwable failure = catchThrowable(() -> ItServer.start(new LoadServicesOffTest.NoServiceLoadingApplication()).close());
    assertThat(failure).as("the start must fail").isNotNull();
    assertThat(messages(failure)).contains("CORS002").contains(CorsBehaviourTest.PROPERTY);
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
