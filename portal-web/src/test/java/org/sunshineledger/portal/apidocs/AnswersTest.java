package org.sunshineledger.portal.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.sunshineledger.portal.fund.ProjectsResource;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.ErrorResource;

/**
 * Every operation of the published API says what it answers, so the document gives the schema of
 * every success and the contract test can hold the answers to it.
 */
class AnswersTest {
  @Test
  void every_published_operation_names_the_body_of_its_success() {
    List<String> silent = new ArrayList<>();
    for (Class<?> resource : OpenApiDocument.RESOURCES) {
      for (Method method : resource.getMethods()) {
        Operation operation = method.getAnnotation(Operation.class);
        boolean hidden = operation != null && operation.hidden();
        if (OpenApiDocument.verb(method) != null
            && !hidden
            && method.getAnnotationsByType(Answers.class).length == 0) {
          silent.add(resource.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertEquals(List.of(), silent);
  }

  @Test
  void every_resource_of_the_api_is_one_the_document_completes() throws Exception {
    Set<String> resources = new TreeSet<>();
    java.nio.file.Path classes =
        java.nio.file.Path.of(
                AnswersTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("../classes")
            .normalize();
    try (Stream<java.nio.file.Path> files =
        Files.walk(classes.resolve("org/sunshineledger/portal"))) {
      for (java.nio.file.Path file : files.toList()) {
        String name = classes.relativize(file).toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type =
              Class.forName(
                  name.replace(".class", "").replace('/', '.'),
                  false,
                  AnswersTest.class.getClassLoader());
          if (type.isAnnotationPresent(Path.class)
              && !type.equals(ErrorResource.class)
              && documentsAnOperation(type)) {
            resources.add(type.getSimpleName());
          }
        }
      }
    }
    Set<String> completed = new TreeSet<>();
    OpenApiDocument.RESOURCES.forEach(r -> completed.add(r.getSimpleName()));
    assertEquals(resources, completed);
  }

  @Test
  void a_path_joins_the_class_and_the_method_and_drops_parameter_patterns() throws Exception {
    Method project = ProjectsResource.class.getMethod("project", String.class);
    assertEquals("/api/v1/projects/{id}", OpenApiDocument.path(ProjectsResource.class, project));
    Method list =
        Stream.of(ProjectsResource.class.getMethods())
            .filter(m -> m.getName().equals("projects"))
            .findFirst()
            .orElseThrow();
    assertEquals("/api/v1/projects", OpenApiDocument.path(ProjectsResource.class, list));
    assertEquals("GET", OpenApiDocument.verb(project));
    assertTrue(OpenApiDocument.RESOURCES.contains(ProjectsResource.class));
  }

  /** Pages are resources too, but hidden from the document: an API resource shows an operation. */
  private static boolean documentsAnOperation(Class<?> type) {
    for (Method method : type.getMethods()) {
      Operation operation = method.getAnnotation(Operation.class);
      if (operation != null && !operation.hidden()) {
        return true;
      }
    }
    return false;
  }
}
