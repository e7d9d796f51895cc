package dev.crosscheck.processor.jaxrs;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A type the resource model depends on is not resolved (yet): another round may generate it, so
 * the root resource that needs it is read again then.
 */
public final class UnresolvedTypeException extends Exception {

  private final String unresolved;
  private final transient Element usedAt;
  private final transient TypeElement needed;

  /**
   * @param unresolved the type as written, or the annotation value that could not be evaluated
   * @param usedAt the element whose declaration names it, to report on
   * @param needed the type the resource model needed whole
   */
  public UnresolvedTypeException(String unresolved, Element usedAt, TypeElement needed) {
    super(unresolved + " in " + usedAt, null, false, false);
    this.unresolved = unresolved;
    this.usedAt = usedAt;
    this.needed = needed;
  }

  public String unresolved() {
    return unresolved;
  }

  public Element usedAt() {
    return usedAt;
  }

  public TypeElement needed() {
    return needed;
  }
}
