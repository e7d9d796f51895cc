package dev.crosscheck.processor.generate;

import dev.crosscheck.processor.jaxrs.ElementRef;
import dev.crosscheck.runtime.internal.route.Route;
import java.util.List;

/**
 * One route of the generated table, as the runtime reads it ({@link Route}), with what only the
 * build needs of it.
 *
 * @param sources the types and packages whose annotations decide the route (its root, resource
 *     class, every policy site on the way), for incremental builds; by name, as routes are gathered
 *     over rounds
 * @param policySources the annotations its policy merges, general first: {@code package com.example},
 *     {@code class com.example.NotesResource}, {@code method NotesResource.list()}; empty without a policy
 */
public record GeneratedRoute(Route route, List<ElementRef> sources, List<String> policySources) {

  public GeneratedRoute {
    sources = List.copyOf(sources);
    policySources = List.copyOf(policySources);
  }
}
