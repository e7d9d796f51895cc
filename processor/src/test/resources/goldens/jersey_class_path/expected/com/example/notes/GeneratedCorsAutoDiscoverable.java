package com.example.notes;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import javax.annotation.processing.Generated;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Deploys {@link GeneratedCorsFeature} on Jersey even with {@code jakarta.ws.rs.loadServices=false}.
 */
@Generated("dev.crosscheck.processor.CrossOriginProcessor")
@ConstrainedTo(RuntimeType.SERVER)
public final class GeneratedCorsAutoDiscoverable implements ForcedAutoDiscoverable {
  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(GeneratedCorsFeature.class)) {
      context.register(GeneratedCorsFeature.class);
    }
  }
}
