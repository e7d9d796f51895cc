package com.example;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** A layer kept on purpose while routes move to policies, acknowledged. */
@Provider
@SuppressWarnings("CORS086")
public class LegacyFilter implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("Access-Control-Allow-Origin", "https://legacy.example.com");
    // Not a CORS response header: never reported.
    response.getHeaders().putSingle("Access-Control-Request-Method", "GET");
  }
}
