package dev.crosscheck.processor.jaxrs;

import javax.lang.model.element.Element;

/** A type the resource model depends on is not resolved yet; another round may generate it. */
public final class UnresolvedTypeException extends Exception {

  private final transient Element element;

  /** @param element where the unresolved type is used, to report on */
  public UnresolvedTypeException(String message, Element element) {
    super(message, null, false, false);
    this.element = element;
  }

  public Element element() {
    return element;
  }
}
