package org.sunshineledger.disclosure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashing of the transparency log (透明日志), as RFC 6962 and RFC 9162 define it: a leaf is
 * SHA-256(0x00 ‖ data), an interior node SHA-256(0x01 ‖ left ‖ right), and the empty tree SHA-256
 * of nothing. The prefixes keep a leaf from ever passing for a node.
 */
public final class MerkleHashing {
  /** The length of every hash, in bytes. */
  public static final int HASH_LENGTH = 32;

  private MerkleHashing() {}

  /**
   * Hashes the canonical bytes of one entry into a leaf.
   *
   * @param data the entry's bytes
   * @return SHA-256(0x00 ‖ data)
   */
  public static byte[] leafHash(byte[] data) {
    MessageDigest digest = sha256();
    digest.update((byte) 0);
    digest.update(data);
    return digest.digest();
  }

  /**
   * Hashes two children into their parent.
   *
   * @param left the left child's hash
   * @param right the right child's hash
   * @return SHA-256(0x01 ‖ left ‖ right)
   */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest digest = sha256();
    digest.update((byte) 1);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  /**
   * Returns the root of the empty tree.
   *
   * @return SHA-256 of no bytes
   */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
