package org.sunshineledger.disclosure;

import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * A checkpoint of the transparency log (日志检查点): its origin (the log's name), its size and its root,
 * written as the three lines of the C2SP tlog-checkpoint format. A signed checkpoint is what a
 * verifier keeps to prove later that the log only grew.
 *
 * @param origin the log's name, for example {@code sunshine-ledger.yicheng/disclosures}
 * @param size the number of entries
 * @param root the root hash of those entries
 */
public record Checkpoint(String origin, long size, byte[] root) {
  /**
   * A checkpoint.
   *
   * @param origin the log's name, one line without spaces at its ends
   * @param size the number of entries, not negative
   * @param root the 32-byte root
   */
  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    if (origin.isBlank() || origin.contains("\n") || !origin.equals(origin.strip())) {
      throw new DomainException(
          "transparency.origin", "a log's origin is one non-empty line", Map.of("origin", origin));
    }
    if (size < 0 || root == null || root.length != MerkleHashing.HASH_LENGTH) {
      throw new DomainException(
          "transparency.checkpoint",
          "a checkpoint has a size of 0 or more and a 32-byte root",
          Map.of("size", size));
    }
    root = root.clone();
  }

  /**
   * The root hash, a copy: a checkpoint cannot be changed through what it hands out.
   *
   * @return the 32-byte root
   */
  @Override
  public byte[] root() {
    return root.clone();
  }

  /**
   * Returns the checkpoint's text: origin, size and base64 root, each on its own line.
   *
   * @return the body that is signed
   */
  public String body() {
    return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
  }

  /**
   * Reads a checkpoint body.
   *
   * @param body the three lines (further lines are extensions and are ignored)
   * @return the checkpoint
   * @throws DomainException {@code transparency.checkpoint} when it is not a checkpoint
   */
  public static Checkpoint parse(String body) {
    String[] lines = body.split("\n", -1);
    try {
      if (lines.length < 4) {
        throw new IllegalArgumentException("fewer than three lines");
      }
      return new Checkpoint(
          lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
    } catch (IllegalArgumentException e) {
      throw new DomainException(
          "transparency.checkpoint",
          "not a checkpoint: " + e.getMessage(),
          Map.of("reason", String.valueOf(e.getMessage())));
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Checkpoint c
        && c.origin.equals(origin)
        && c.size == size
        && java.util.Arrays.equals(c.root, root);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, size, java.util.Arrays.hashCode(root));
  }

  @Override
  public String toString() {
    return "Checkpoint[" + body().replace('\n', ' ').strip() + "]";
  }
}
