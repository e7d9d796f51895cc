package dev.crosscheck.runtime.filter;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;

/**
 * What every generated filter is: the pre-matching request filter that answers preflights, and
 * the dynamic feature that gives each deployed resource method with a policy its response filter.
 * One object holds both contracts, so registering it once (by the generated feature, or by hand
 * where a runtime loads no services) deploys all of CORS. The generated features register a
 * filter only when no filter of this kind is registered yet, so an application made of several
 * jars runs exactly one.
 */
public interface CrosscheckFilter extends ContainerRequestFilter, DynamicFeature {}
