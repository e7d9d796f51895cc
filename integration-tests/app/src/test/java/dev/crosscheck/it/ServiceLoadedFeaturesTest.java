package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Feature;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The premise of {@link SeveralJarsTest} on runtimes that load {@code Feature} services: both jars
 * list a feature, and the runtime loads them, so "exactly one filter runs" is tested against two
 * features that each could register one. (Quarkus REST loads no Feature services: its build
 * deploys the {@code @Provider} classes it indexes, so its module leaves this test out.)
 */
class ServiceLoadedFeaturesTest {

  @Test
  void bothJarsListAFeatureAndTheRuntimeLoadsThem() throws Exception {
    List<String> features = ServiceLoader.load(Feature.class).stream().map(p -> p.type().getName()).toList();
    assertThat(features).contains("dev.crosscheck.it.GeneratedCorsFeature", "dev.crosscheck.it.extra.GeneratedCorsFeature");
    ServiceLoadingProbe.reset();
    try (ItServer server = ItServer.start(new ItApplication())) {
      assertThat(ServiceLoadingProbe.serverConfigurations()).as("Feature services loaded by the runtime").isPositive();
    }
  }
}
