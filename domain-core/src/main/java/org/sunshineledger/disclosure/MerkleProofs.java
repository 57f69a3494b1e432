package org.sunshineledger.disclosure;

import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * The verifier of the transparency log's proofs (RFC 9162 §2.1.3.2 and §2.1.4.2). It needs nothing
 * but the hashes it is given: a citizen, an auditor or another system can check that a notice is in
 * the log and that the log only ever grew, without trusting the portal.
 */
public final class MerkleProofs {
  private MerkleProofs() {}

  /**
   * Checks that a leaf is the entry at {@code index} of the tree of {@code size} entries whose root
   * is {@code root}.
   *
   * @param index the leaf's position, from 0
   * @param size the tree's size
   * @param leafHash the leaf's hash ({@link MerkleHashing#leafHash(byte[])})
   * @param proof the audit path, from the leaf upwards
   * @param root the tree's root
   * @throws ProofException naming what does not hold
   */
  public static void verifyInclusion(
      long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
    byte[] computed = rootFromInclusionProof(index, size, leafHash, proof);
    requireMatch(computed, root, "inclusion", Map.of("index", index, "size", size));
  }

  /**
   * Computes the root that an inclusion proof leads to.
   *
   * @param index the leaf's position, from 0
   * @param size the tree's size
   * @param leafHash the leaf's hash
   * @param proof the audit path
   * @return the root the path leads to
   * @throws ProofException when the index, the leaf or the number of hashes cannot be right
   */
  public static byte[] rootFromInclusionProof(
      long index, long size, byte[] leafHash, List<byte[]> proof) {
    if (index < 0 || index >= size) {
      throw new ProofException(
          "index " + index + " is outside a tree of size " + size,
          Map.of("index", index, "size", size));
    }
    if (leafHash == null || leafHash.length != MerkleHashing.HASH_LENGTH) {
      throw new ProofException(
          "a leaf hash has 32 bytes, not " + (leafHash == null ? 0 : leafHash.length),
          Map.of("leafBytes", leafHash == null ? 0 : leafHash.length));
    }
    int inner = innerProofSize(index, size);
    int border = Long.bitCount(index >>> inner);
    List<byte[]> path = proof == null ? List.of() : proof;
    if (path.size() != inner + border) {
      throw new ProofException(
          "an inclusion proof for index "
              + index
              + " in size "
              + size
              + " has "
              + (inner + border)
              + " hashes, not "
              + path.size(),
          Map.of("expected", inner + border, "given", path.size()));
    }
    byte[] result = chainInner(leafHash, path.subList(0, inner), index);
    return chainBorderRight(result, path.subList(inner, path.size()));
  }

  /**
   * Checks that the tree of {@code size2} entries with root {@code root2} extends the tree of
   * {@code size1} entries with root {@code root1}: nothing published was changed or removed.
   *
   * @param size1 the older size
   * @param size2 the newer size
   * @param proof the consistency proof
   * @param root1 the older root
   * @param root2 the newer root
   * @throws ProofException naming what does not hold
   */
  public static void verifyConsistency(
      long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
    List<byte[]> path = proof == null ? List.of() : proof;
    Map<String, Object> sizes = Map.of("size1", size1, "size2", size2);
    if (size1 < 0 || size2 < size1) {
      throw new ProofException(
          "a log never shrinks: size2 " + size2 + " is less than size1 " + size1, sizes);
    }
    if (size1 == 0) {
      throw new ProofException(
          "consistency with the empty tree proves nothing; ask from size 1 or more", sizes);
    }
    if (size1 == size2) {
      if (!path.isEmpty()) {
        throw new ProofException("equal sizes take an empty proof", sizes);
      }
      requireMatch(root1, root2, "consistency", sizes);
      return;
    }
    if (path.isEmpty()) {
      throw new ProofException("sizes differ and the proof is empty", sizes);
    }
    int inner = innerProofSize(size1 - 1, size2);
    int border = Long.bitCount((size1 - 1) >>> inner);
    int shift = Long.numberOfTrailingZeros(size1);
    inner -= shift;
    byte[] seed = path.get(0);
    int start = 1;
    if (size1 == 1L << shift) {
      seed = root1;
      start = 0;
    }
    if (path.size() != start + inner + border) {
      throw new ProofException(
          "a consistency proof from "
              + size1
              + " to "
              + size2
              + " has "
              + (start + inner + border)
              + " hashes, not "
              + path.size(),
          Map.of("expected", start + inner + border, "given", path.size()));
    }
    List<byte[]> rest = path.subList(start, path.size());
    long mask = (size1 - 1) >>> shift;
    byte[] hash1 = chainInnerRight(seed, rest.subList(0, inner), mask);
    hash1 = chainBorderRight(hash1, rest.subList(inner, rest.size()));
    requireMatch(hash1, root1, "consistency (older root)", sizes);
    byte[] hash2 = chainInner(seed, rest.subList(0, inner), mask);
    hash2 = chainBorderRight(hash2, rest.subList(inner, rest.size()));
    requireMatch(hash2, root2, "consistency (newer root)", sizes);
  }

  private static int innerProofSize(long index, long size) {
    return 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
  }

  private static byte[] chainInner(byte[] seed, List<byte[]> proof, long index) {
    byte[] hash = seed;
    for (int i = 0; i < proof.size(); i++) {
      hash =
          ((index >>> i) & 1) == 0
              ? MerkleHashing.nodeHash(hash, proof.get(i))
              : MerkleHashing.nodeHash(proof.get(i), hash);
    }
    return hash;
  }

  private static byte[] chainInnerRight(byte[] seed, List<byte[]> proof, long index) {
    byte[] hash = seed;
    for (int i = 0; i < proof.size(); i++) {
      if (((index >>> i) & 1) == 1) {
        hash = MerkleHashing.nodeHash(proof.get(i), hash);
      }
    }
    return hash;
  }

  private static byte[] chainBorderRight(byte[] seed, List<byte[]> proof) {
    byte[] hash = seed;
    for (byte[] sibling : proof) {
      hash = MerkleHashing.nodeHash(sibling, hash);
    }
    return hash;
  }

  private static void requireMatch(
      byte[] computed, byte[] expected, String what, Map<String, ?> figures) {
    if (expected == null || !MessageDigest.isEqual(computed, expected)) {
      throw new ProofException("the " + what + " proof leads to another root", figures);
    }
  }
}
