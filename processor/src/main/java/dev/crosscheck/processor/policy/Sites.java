package dev.crosscheck.processor.policy;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** How messages name the elements policies stand on. */
public final class Sites {
  private Sites() {}

  /** {@code NotesResource}, {@code NotesResource.list()}, or {@code package com.example.api}. */
  public static String describe(Element element) {
    if (element instanceof PackageElement p) {
      return "package " + p.getQualifiedName();
    }
    if (element instanceof TypeElement t) {
      return t.getSimpleName().toString();
    }
    if (element.getKind() == ElementKind.METHOD) {
      return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName() + "()";
    }
    return element.toString();
  }
}
