package dev.crosscheck.bench.jaxrs;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The response a resource method produced (200, no headers), as response filters see it; reused,
 * {@link #reset()} between operations.
 */
public final class InMemoryResponse implements ContainerResponseContext {

  private final HeaderMap<Object> headers = new HeaderMap<>();
  private int status = 200;

  public void reset() {
    status = 200;
    if (!headers.isEmpty()) {
      headers.clear();
    }
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void setStatus(int code) {
    this.status = code;
  }

  @Override
  public Response.StatusType getStatusInfo() {
    return Response.Status.fromStatusCode(status);
  }

  @Override
  public void setStatusInfo(Response.StatusType statusInfo) {
    this.status = statusInfo.getStatusCode();
  }

  @Override
  public MultivaluedMap<String, Object> getHeaders() {
    return headers;
  }

  @Override
  public MultivaluedMap<String, String> getStringHeaders() {
    HeaderMap<String> strings = new HeaderMap<>();
    headers.forEach((name, values) -> values.forEach(v -> strings.add(name, String.valueOf(v))));
    return strings;
  }

  @Override
  public String getHeaderString(String name) {
    List<Object> values = headers.get(name);
    if (values == null) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    for (Object value : values) {
      if (joined.length() > 0) {
        joined.append(',');
      }
      joined.append(value);
    }
    return joined.toString();
  }

  @Override
  public Set<String> getAllowedMethods() {
    return Set.of();
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
  public Map<String, NewCookie> getCookies() {
    return Map.of();
  }

  @Override
  public EntityTag getEntityTag() {
    return null;
  }

  @Override
  public Date getLastModified() {
    return null;
  }

  @Override
  public URI getLocation() {
    return null;
  }

  @Override
  public Set<Link> getLinks() {
    return Set.of();
  }

  @Override
  public boolean hasLink(String relation) {
    return false;
  }

  @Override
  public Link getLink(String relation) {
    return null;
  }

  @Override
  public Link.Builder getLinkBuilder(String relation) {
    return null;
  }

  @Override
  public boolean hasEntity() {
    return false;
  }

  @Override
  public Object getEntity() {
    return null;
  }

  @Override
  public Class<?> getEntityClass() {
    return null;
  }

  @Override
  public Type getEntityType() {
    return null;
  }

  @Override
  public void setEntity(Object entity) {
    throw new IllegalStateException("not in this harness");
  }

  @Override
  public void setEntity(Object entity, Annotation[] annotations, MediaType mediaType) {
    throw new IllegalStateException("not in this harness");
  }

  @Override
  public Annotation[] getEntityAnnotations() {
    return new Annotation[0];
  }

  @Override
  public OutputStream getEntityStream() {
    return OutputStream.nullOutputStream();
  }

  @Override
  public void setEntityStream(OutputStream outputStream) {
    throw new IllegalStateException("not in this harness");
  }
}
