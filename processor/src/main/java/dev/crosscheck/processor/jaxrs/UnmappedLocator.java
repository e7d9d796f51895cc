package dev.crosscheck.processor.jaxrs;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * A sub-resource locator whose sub-resource is not known at compile time, so policies that would
 * govern it cannot be placed in the table.
 *
 * @param policySites the sites above the locator, general first, the locator last
 * @param reason why, for the message
 */
public record UnmappedLocator(ExecutableElement locator, List<Element> policySites, String reason) {}
