package dev.crosscheck.processor.jaxrs;

import dev.crosscheck.runtime.internal.path.InvalidTemplateException;
import javax.lang.model.element.Element;

/** A {@code @Path} value that is no template the runtimes accept, with the element it is on. */
public final class MalformedTemplateException extends Exception {

  private final String template;
  private final transient Element on;
  private final String reason;

  MalformedTemplateException(String template, Element on, InvalidTemplateException cause) {
    super(cause.getMessage(), null, false, false);
    this.template = template;
    this.on = on;
    // The runtime's message starts with the quoted template, which the rule's message names already.
    String quoted = "\"" + template + "\" ";
    this.reason = cause.getMessage().startsWith(quoted) ? cause.getMessage().substring(quoted.length()) : cause.getMessage();
  }

  public String template() {
    return template;
  }

  public Element on() {
    return on;
  }

  /** What is wrong with it: {@code has a '{' without '}'}. */
  public String reason() {
    return reason;
  }
}
