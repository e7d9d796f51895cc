package com.example;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Echoes whatever Origin asks, with credentials: every site may read every answer. */
@Provider
public class EchoFilter implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) { // expect-javac: CORS086 at filter(
    String origin = request.getHeaderString("Origin");
    if (origin != null) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
      response.getHeaders().putSingle("Access-Control-Allow-Credentials", "true");
    }
  }
}
