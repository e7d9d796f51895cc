package dev.crosscheck.runtime.internal.path;

/**
 * What a preflight tells requests apart by: the HTTP method and the whole path template (variable
 * names aside, as {@link PathTemplate} compares). Two resource methods with one key and different
 * policies conflict (CORS071): the processor checks the key across a compilation, the filter
 * across what one application deploys.
 */
public record RouteKey(String httpMethod, PathTemplate template) {

  /** The key of a route kept level by level: the root template, then everything below it. */
  public static RouteKey of(String httpMethod, String rootTemplate, String relativeTemplate)
      throws InvalidTemplateException {
    return new RouteKey(httpMethod, PathTemplate.parse(rootTemplate).append(PathTemplate.parse(relativeTemplate)));
  }
}
