package com.example;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** The filter every CORS tutorial starts with: a second layer beside the policies. */
@Provider
public class StarFilter implements ContainerResponseFilter {
  private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) { // expect-javac: CORS086 at filter(
    response.getHeaders().add(ALLOW_ORIGIN, "*");
    response.getHeaders().putSingle("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
    response.getHeaders().putSingle("X-Frame-Options", "DENY");
  }
}
