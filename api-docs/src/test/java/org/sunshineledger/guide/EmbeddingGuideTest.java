package org.sunshineledger.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide's code is the examples' code, word for word: every Java block of the guide after the
 * module declaration is a tagged region of a compiled source of this package, and every tagged
 * region is shown in the guide.
 */
class EmbeddingGuideTest {
  private static final Path GUIDE = Path.of("guide", "embedding.md");
  private static final Path SOURCES =
      Path.of("src", "test", "java", "org", "sunshineledger", "guide");
  private static final Pattern REGION =
      Pattern.compile("// tag::([\\w-]+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL);

  @Test
  void every_java_block_of_the_guide_is_a_tagged_region_of_the_compiled_examples()
      throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher block =
        Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
    while (block.find()) {
      blocks.add(block.group(1));
    }
    Map<String, String> regions = new TreeMap<>();
    try (Stream<Path> sources = Files.list(SOURCES)) {
      for (Path source : sources.sorted().toList()) {
        Matcher region = REGION.matcher(Files.readString(source));
        while (region.find()) {
          regions.put(region.group(1), dedent(region.group(2)));
        }
      }
    }
    assertTrue(regions.size() >= 10, "regions: " + regions.keySet());
    List<String> shown = blocks.subList(1, blocks.size()); // the first is the module declaration
    for (Map.Entry<String, String> region : regions.entrySet()) {
      assertTrue(shown.contains(region.getValue()), "the guide does not show " + region.getKey());
    }
    for (String code : shown) {
      assertTrue(regions.containsValue(code), "not compiled anywhere:\n" + code);
    }
    assertEquals(regions.size(), shown.size());
  }

  private static String dedent(String code) {
    List<String> lines = code.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return String.join(
        "\n", lines.stream().map(l -> l.isBlank() ? l : l.substring(indent)).toList());
  }
}
