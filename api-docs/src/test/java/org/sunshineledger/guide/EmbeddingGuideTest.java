package org.sunshineledger.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The guide's code is the examples' code, word for word, in the same order. */
class EmbeddingGuideTest {
  private static final Path GUIDE = Path.of("guide", "embedding.md");
  private static final Path EXAMPLES =
      Path.of(
          "src",
          "test",
          "java",
          "org",
          "sunshineledger",
          "guide",
          "EmbeddingGuideExamplesTest.java");

  @Test
  void every_java_block_of_the_guide_is_a_tagged_region_of_the_compiled_examples()
      throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher block =
        Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
    while (block.find()) {
      blocks.add(block.group(1));
    }
    List<String> regions = new ArrayList<>();
    Matcher region =
        Pattern.compile("// tag::(\\w+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL)
            .matcher(Files.readString(EXAMPLES));
    while (region.find()) {
      regions.add(dedent(region.group(2)));
    }
    assertTrue(regions.size() >= 6, "regions: " + regions.size());
    // the first block is the module declaration, then one block per region
    assertEquals(regions, blocks.subList(1, blocks.size()));
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
