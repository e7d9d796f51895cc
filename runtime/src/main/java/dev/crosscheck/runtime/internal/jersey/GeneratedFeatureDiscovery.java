package dev.crosscheck.runtime.internal.jersey;

import dev.crosscheck.runtime.internal.platform.ListedFilters;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Deploys the generated features on Jersey even where {@code jakarta.ws.rs.loadServices=false}
 * keeps Jersey from loading {@code Feature} services: Jersey loads {@code ForcedAutoDiscoverable}
 * services whatever that property says. Shipped in the runtime jar and listed in its {@code
 * META-INF/services}, so it does not depend on Jersey being on the application's compile class
 * path (a WAR built against the Jakarta EE API); only Jersey ever loads it, and only where Jersey
 * is there can this class be loaded.
 *
 * <p>It finds each generated filter by its table's service entry (no class of the table is
 * loaded) and registers the feature beside it, which registers one filter for the application.
 * The feature class is registered rather than run: Jersey catches and logs (at FINE) whatever an
 * auto-discoverable throws, which would turn a refused configuration into an application without
 * CORS, whereas a registered feature's failure stops the start.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class GeneratedFeatureDiscovery implements ForcedAutoDiscoverable {


  @Override
  public void configure(FeatureContext context) {
    ClassLoader loader = ListedFilters.applicationLoader(GeneratedFeatureDiscovery.class);
    for (String feature : features(loader)) {
      Class<?> type;
      try {
        type = Class.forName(feature, false, loader);
      } catch (ClassNotFoundException | LinkageError notThere) {
        continue; // a table listed without its feature: the table's own start says what is wrong
      }
      if (!context.getConfiguration().isRegistered(type)) {
        context.register(type);
      }
    }
  }

  /** The generated features beside the tables the class loader lists, by name, in a stable order. */
  static List<String> features(ClassLoader loader) {
    return ListedFilters.of(loader).stream().map(ListedFilters::featureOf).toList();
  }
}
