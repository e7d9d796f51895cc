package dev.crosscheck.bench.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as a pre-matching filter sees it, held in memory and reused: {@link #reset()} between
 * operations forgets what the filters did (an abort, properties) and allocates nothing.
 */
public final class InMemoryRequest implements ContainerRequestContext {

  private final String method;
  private final HeaderMap<String> headers = new HeaderMap<>();
  private final UriInfo uriInfo;
  private final Map<String, Object> properties = new HashMap<>();
  private Response aborted;

  /** @param path relative to the application, encoded, without a leading slash */
  public InMemoryRequest(String method, String path) {
    this.method = method;
    this.uriInfo = new FixedUriInfo(path);
  }

  public InMemoryRequest header(String name, String value) {
    headers.add(name, value);
    return this;
  }

  public void reset() {
    aborted = null;
    if (!properties.isEmpty()) {
      properties.clear();
    }
  }

  /** The response a filter aborted with, or null. */
  public Response aborted() {
    return aborted;
  }

  @Override
  public Object getProperty(String name) {
    return properties.get(name);
  }

  @Override
  public Collection<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public void setProperty(String name, Object object) {
    properties.put(name, object);
  }

  @Override
  public void removeProperty(String name) {
    properties.remove(name);
  }

  @Override
  public UriInfo getUriInfo() {
    return uriInfo;
  }

  @Override
  public void setRequestUri(URI requestUri) {
    throw new IllegalStateException("not in this harness");
  }

  @Override
  public void setRequestUri(URI baseUri, URI requestUri) {
    throw new IllegalStateException("not in this harness");
  }

  @Override
  public Request getRequest() {
    throw new UnsupportedOperationException();
  }

  @Override
  public String getMethod() {
    return method;
  }

  @Override
  public void setMethod(String method) {
    throw new IllegalStateException("not in this harness");
  }

  @Override
  public MultivaluedMap<String, String> getHeaders() {
    return headers;
  }

  /** As the runtimes do: the values of all lines of the header joined with commas, or null. */
  @Override
  public String getHeaderString(String name) {
    List<String> values = headers.get(name);
    if (values == null) {
      return null;
    }
    return values.size() == 1 ? values.get(0) : String.join(",", values);
  }

  @Override
  public Date getDate() {
    return null;
  }

  @Override
  public Locale getLanguage() {
    return null;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public MediaType getMediaType() {
    return null;
  }

  @Override
  public List<MediaType> getAcceptableMediaTypes() {
    return List.of(MediaType.WILDCARD_TYPE);
  }

  @Override
  public List<Locale> getAcceptableLanguages() {
    return List.of();
  }

  @Override
  public Map<String, Cookie> getCookies() {
    return Map.of();
  }

  @Override
  public boolean hasEntity() {
    return false;
  }

  @Override
  public InputStream getEntityStream() {
    return InputStream.nullInputStream();
  }

  @Override
  public void setEntityStream(InputStream input) {
    throw new IllegalStateException("not in this harness");
  }

  @Override
  public SecurityContext getSecurityContext() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setSecurityContext(SecurityContext context) {
    throw new IllegalStateException("not in this harness");
  }

  @Override
  public void abortWith(Response response) {
    this.aborted = response;
  }
}
