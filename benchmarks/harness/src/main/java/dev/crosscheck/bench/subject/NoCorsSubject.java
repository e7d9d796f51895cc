package dev.crosscheck.bench.subject;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/** The floor: the same exchange through a filter that does nothing. */
final class NoCorsSubject extends JaxRsSubject {

  @Override
  Object filter(int scale, Case c) {
    return new Nothing();
  }

  @Override
  public String name() {
    return "none";
  }

  static final class Nothing implements ContainerRequestFilter, ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request) {}

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {}
  }
}
