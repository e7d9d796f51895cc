package dev.crosscheck.runtime.filter;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * What every generated filter is. The generated features register a filter only when no filter of
 * this kind is registered yet, so an application made of several jars runs exactly one.
 */
public interface CrosscheckFilter extends ContainerRequestFilter, ContainerResponseFilter {}
