package dev.crosscheck.bench.jaxrs;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * The one thing a pre-matching filter asks of {@link UriInfo} here: the request path relative to
 * the application, still encoded, as Jersey gives it ({@code api/r0/items1/42}). Computed once, as
 * a runtime computes it once per request before any filter runs.
 */
final class FixedUriInfo implements UriInfo {

  private static final URI BASE = URI.create("http://localhost/");

  private final String path;
  private final URI requestUri;

  FixedUriInfo(String path) {
    this.path = path;
    this.requestUri = URI.create("http://localhost/" + path);
  }

  @Override
  public String getPath() {
    return path;
  }

  @Override
  public String getPath(boolean decode) {
    return path;
  }

  @Override
  public List<PathSegment> getPathSegments() {
    throw unsupported();
  }

  @Override
  public List<PathSegment> getPathSegments(boolean decode) {
    throw unsupported();
  }

  @Override
  public URI getRequestUri() {
    return requestUri;
  }

  @Override
  public UriBuilder getRequestUriBuilder() {
    throw unsupported();
  }

  @Override
  public URI getAbsolutePath() {
    return getRequestUri();
  }

  @Override
  public UriBuilder getAbsolutePathBuilder() {
    throw unsupported();
  }

  @Override
  public URI getBaseUri() {
    return BASE;
  }

  @Override
  public UriBuilder getBaseUriBuilder() {
    throw unsupported();
  }

  @Override
  public MultivaluedMap<String, String> getPathParameters() {
    throw unsupported();
  }

  @Override
  public MultivaluedMap<String, String> getPathParameters(boolean decode) {
    throw unsupported();
  }

  @Override
  public MultivaluedMap<String, String> getQueryParameters() {
    throw unsupported();
  }

  @Override
  public MultivaluedMap<String, String> getQueryParameters(boolean decode) {
    throw unsupported();
  }

  @Override
  public List<String> getMatchedURIs() {
    throw unsupported();
  }

  @Override
  public List<String> getMatchedURIs(boolean decode) {
    throw unsupported();
  }

  @Override
  public List<Object> getMatchedResources() {
    throw unsupported();
  }

  @Override
  public URI resolve(URI uri) {
    throw unsupported();
  }

  @Override
  public URI relativize(URI uri) {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("not needed by a pre-matching CORS filter");
  }
}
