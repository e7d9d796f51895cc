package com.example.reports;

import dev.crosscheck.runtime.generated.GeneratedFeatureSupport;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import javax.annotation.processing.Generated;

/**
 * Registers {@link GeneratedCorsFilter} on servers, once. Listed in {@code META-INF/services} as a
 * {@code jakarta.ws.rs.core.Feature}, which every Jakarta REST 3.1 runtime loads.
 */
@Generated("dev.crosscheck.processor.CrossOriginProcessor")
public final class GeneratedCorsFeature implements Feature {
  @Override
  public boolean configure(FeatureContext context) {
    GeneratedCorsFilter.requireRuntime();
    return GeneratedFeatureSupport.registerOnce(context, GeneratedCorsFilter::new);
  }

  /**
   * The same, listed in {@code META-INF/services/jakarta.ws.rs.ext.Providers}, which RESTEasy
   * loads even with {@code jakarta.ws.rs.loadServices=false}. A class of its own: RESTEasy
   * warns (RESTEASY002155) at every start when both files name one class.
   */
  public static final class ForResteasyProviders implements Feature {
    @Override
    public boolean configure(FeatureContext context) {
      GeneratedCorsFilter.requireRuntime();
      return GeneratedFeatureSupport.registerOnce(context, GeneratedCorsFilter::new);
    }
  }
}
