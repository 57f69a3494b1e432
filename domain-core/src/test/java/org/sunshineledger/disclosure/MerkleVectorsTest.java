package org.sunshineledger.disclosure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sunshineledger.kernel.DomainException;

/**
 * Issue 4: the verifier passes every public vector of {@code shared/vectors/merkle} (RFC 6962
 * hashing), read in place, and rejects every {@code wantErr} case.
 */
class MerkleVectorsTest {
  @TestFactory
  Stream<DynamicTest> every_inclusion_vector_is_verified_or_rejected_as_it_wants()
      throws IOException {
    return cases(
        "inclusion",
        v ->
            () ->
                MerkleProofs.verifyInclusion(
                    number(v, "leafIdx"),
                    number(v, "treeSize"),
                    bytes(v.get("leafHash")),
                    hashes(v.get("proof")),
                    bytes(v.get("root"))));
  }

  @TestFactory
  Stream<DynamicTest> every_consistency_vector_is_verified_or_rejected_as_it_wants()
      throws IOException {
    return cases(
        "consistency",
        v ->
            () ->
                MerkleProofs.verifyConsistency(
                    number(v, "size1"),
                    number(v, "size2"),
                    hashes(v.get("proof")),
                    bytes(v.get("root1")),
                    bytes(v.get("root2"))));
  }

  private static Stream<DynamicTest> cases(
      String kind, java.util.function.Function<Map<String, Object>, Runnable> verification)
      throws IOException {
    return vectors(kind)
        .map(
            file ->
                DynamicTest.dynamicTest(
                    name(file),
                    () -> {
                      Map<String, Object> v = MiniJson.object(file);
                      expect(v, verification.apply(v));
                    }));
  }

  private static void expect(Map<String, Object> vector, Runnable verify) {
    if (Boolean.TRUE.equals(vector.get("wantErr"))) {
      assertThrows(DomainException.class, verify::run, String.valueOf(vector.get("desc")));
    } else {
      assertDoesNotThrow(verify::run, String.valueOf(vector.get("desc")));
    }
  }

  private static Stream<Path> vectors(String kind) throws IOException {
    Path folder = locate();
    Assumptions.assumeTrue(
        folder != null,
        "skipped: the shared Merkle vectors (../shared/vectors/merkle beside the repository) are"
            + " not on this machine");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder.resolve(kind))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() > 50, "expected the full vector set, found " + files.size());
    return files.stream();
  }

  static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/vectors/merkle");
      if (Files.isDirectory(candidate.resolve("inclusion"))) {
        return candidate;
      }
    }
    return null;
  }

  private static String name(Path file) {
    return file.getParent().getParent().getFileName()
        + "/"
        + file.getParent().getFileName()
        + "/"
        + file.getFileName();
  }

  private static long number(Map<String, Object> v, String key) {
    return ((Number) v.get(key)).longValue();
  }

  private static byte[] bytes(Object base64) {
    return base64 == null ? null : Base64.getDecoder().decode((String) base64);
  }

  private static List<byte[]> hashes(Object list) {
    List<byte[]> result = new ArrayList<>();
    if (list != null) {
      for (Object item : (List<?>) list) {
        result.add(bytes(item));
      }
    }
    return result;
  }

  /** Just enough JSON for the vector files: objects, arrays, strings, numbers, booleans, null. */
  static final class MiniJson {
    private final String text;
    private int at;

    private MiniJson(String text) {
      this.text = text;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Path file) throws IOException {
      MiniJson json = new MiniJson(Files.readString(file, StandardCharsets.UTF_8));
      return (Map<String, Object>) json.value();
    }

    private Object value() {
      skip();
      char c = text.charAt(at);
      if (c == '{') {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        at++;
        skip();
        if (text.charAt(at) == '}') {
          at++;
          return map;
        }
        do {
          skip();
          String key = (String) value();
          skip();
          at++; // ':'
          map.put(key, value());
          skip();
        } while (text.charAt(at++) == ',');
        return map;
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        at++;
        skip();
        if (text.charAt(at) == ']') {
          at++;
          return list;
        }
        do {
          list.add(value());
          skip();
        } while (text.charAt(at++) == ',');
        return list;
      }
      if (c == '"') {
        int end = text.indexOf('"', at + 1);
        String s = text.substring(at + 1, end);
        at = end + 1;
        return s;
      }
      for (String word : new String[] {"true", "false", "null"}) {
        if (text.startsWith(word, at)) {
          at += word.length();
          return word.equals("null") ? null : Boolean.valueOf(word);
        }
      }
      int start = at;
      while (at < text.length() && "-0123456789".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      String digits = text.substring(start, at);
      return digits.startsWith("-") ? Long.parseLong(digits) : Long.parseUnsignedLong(digits);
    }

    private void skip() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
