package com.example.accounts;

import dev.crosscheck.runtime.filter.CrosscheckFeatureSupport;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import javax.annotation.processing.Generated;

/**
 * Registers {@link GeneratedCorsFilter} on servers, once. Listed in {@code META-INF/services} as a
 * {@code jakarta.ws.rs.core.Feature} (loaded by every Jakarta REST 3.1 runtime) and as a
 * {@code jakarta.ws.rs.ext.Providers} entry (RESTEasy loads those even with
 * {@code jakarta.ws.rs.loadServices=false}).
 */
@Generated("dev.crosscheck.processor.CrossOriginProcessor")
public final class GeneratedCorsFeature implements Feature {
  @Override
  public boolean configure(FeatureContext context) {
    return CrosscheckFeatureSupport.registerOnce(context, GeneratedCorsFilter::new);
  }
}
