package org.glassfish.jersey.internal.spi;

import jakarta.ws.rs.core.FeatureContext;

/**
 * Stands for Jersey's interface of the same name (Jersey is not on the processor's test class
 * path): with it visible, the processor also generates Jersey's fallback registration.
 */
public interface ForcedAutoDiscoverable {
  void configure(FeatureContext context);
}
