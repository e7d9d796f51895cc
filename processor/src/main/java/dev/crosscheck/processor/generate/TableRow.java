package dev.crosscheck.processor.generate;

import dev.crosscheck.processor.jaxrs.ElementRef;
import dev.crosscheck.runtime.filter.Route;
import dev.crosscheck.runtime.policy.CorsPolicy;
import java.util.List;

/**
 * One route of the generated table, in the form the runtime's {@code Route} takes.
 *
 * @param locatorTemplates the {@code @Path} of each sub-resource locator on the way
 * @param policy the policy in force if it opens this method, else null
 * @param rootClass the binary name of the root resource class
 * @param resourceClass the binary name of the class the runtime invokes the method on
 * @param javaMethod name and erased parameter types, as the runtime's {@code Method} reports them
 * @param origins the types and packages whose annotations decide this row (its root, resource
 *     class, every policy site on the way), for incremental builds; by name, as rows are gathered
 *     over rounds
 * @param closed why the method is not open cross-origin, when {@code policy} is null
 * @param policySources the annotations its policy merges, general first: {@code package com.example},
 *     {@code class com.example.NotesResource}, {@code method NotesResource.list()}
 */
public record TableRow(
    String rootTemplate,
    List<String> locatorTemplates,
    String methodTemplate,
    String httpMethod,
    String resourceMethod,
    CorsPolicy policy,
    String rootClass,
    String resourceClass,
    String javaMethod,
    List<ElementRef> origins,
    Route.Closed closed,
    List<String> policySources) {}
