package org.sunshineledger.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PublicApiTest {
  @Test
  void no_lucene_type_appears_in_a_public_signature() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type :
        List.of(
            ProjectSearch.class,
            ProjectIndex.class,
            ProjectQuery.class,
            ResultPage.class,
            ProjectDocument.class,
            SearchIndexVersion.class)) {
      Stream.<Executable>concat(
              Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
          .filter(e -> Modifier.isPublic(e.getModifiers()))
          .forEach(
              e -> {
                List<Class<?>> types = new ArrayList<>(List.of(e.getParameterTypes()));
                if (e instanceof Method m) {
                  types.add(m.getReturnType());
                }
                types.stream()
                    .filter(t -> t.getName().startsWith("org.apache.lucene"))
                    .forEach(t -> leaks.add(e + " uses " + t));
              });
    }
    assertEquals(List.of(), leaks);
  }
}
