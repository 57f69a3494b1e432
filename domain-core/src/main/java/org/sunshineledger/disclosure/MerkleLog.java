package org.sunshineledger.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sunshineledger.kernel.DomainException;

/**
 * The append-only transparency log (透明日志) of published disclosure versions: the leaf hashes in the
 * order they were published, the root of any prefix, and the inclusion and consistency proofs of
 * RFC 9162 §2.1.3.1 and §2.1.4.1. Entries are only ever appended; the log keeps hashes, not
 * contents, so it is small enough to hold in memory (32 bytes an entry).
 *
 * <p>Not thread-safe: the embedder appends under its own lock or transaction.
 */
public final class MerkleLog {
  private final List<byte[]> leaves = new ArrayList<>();

  /** An empty log. */
  public MerkleLog() {}

  /**
   * A log holding the given leaf hashes, in order — for restoring it from storage.
   *
   * @param leafHashes the hashes, oldest first
   */
  public MerkleLog(List<byte[]> leafHashes) {
    leafHashes.forEach(this::appendLeafHash);
  }

  /**
   * Appends an entry's canonical bytes.
   *
   * @param data the entry
   * @return its index in the log
   */
  public long append(byte[] data) {
    return appendLeafHash(MerkleHashing.leafHash(data));
  }

  /**
   * Appends an already computed leaf hash.
   *
   * @param leafHash the hash
   * @return its index in the log
   */
  public long appendLeafHash(byte[] leafHash) {
    if (leafHash.length != MerkleHashing.HASH_LENGTH) {
      throw new DomainException(
          "transparency.leaf", "a leaf hash has 32 bytes", Map.of("bytes", leafHash.length));
    }
    leaves.add(leafHash.clone());
    return leaves.size() - 1L;
  }

  /**
   * Returns the number of entries.
   *
   * @return the size
   */
  public long size() {
    return leaves.size();
  }

  /**
   * Returns the leaf hash at an index.
   *
   * @param index the index
   * @return a copy of the hash
   */
  public byte[] leafHash(long index) {
    checkSize(index + 1);
    return leaves.get((int) index).clone();
  }

  /**
   * Returns the root of the whole log.
   *
   * @return the root
   */
  public byte[] root() {
    return root(size());
  }

  /**
   * Returns the root the log had when it held {@code size} entries.
   *
   * @param size a size up to the current one
   * @return the root
   */
  public byte[] root(long size) {
    checkSize(size);
    return hash(0, (int) size);
  }

  /**
   * Returns the audit path proving the entry at {@code index} is in the tree of {@code size}.
   *
   * @param index the entry
   * @param size the tree size, greater than {@code index}
   * @return the proof, from the leaf upwards
   */
  public List<byte[]> inclusionProof(long index, long size) {
    checkSize(size);
    if (index < 0 || index >= size) {
      throw new DomainException(
          "transparency.index",
          "entry " + index + " is not in a tree of size " + size,
          Map.of("index", index, "size", size));
    }
    List<byte[]> proof = new ArrayList<>();
    path((int) index, 0, (int) size, proof);
    return proof;
  }

  /**
   * Returns the proof that the tree of {@code size2} extends the tree of {@code size1}.
   *
   * @param size1 the older size, from 1
   * @param size2 the newer size, up to the current one
   * @return the proof
   */
  public List<byte[]> consistencyProof(long size1, long size2) {
    checkSize(size2);
    if (size1 < 1 || size1 > size2) {
      throw new DomainException(
          "transparency.sizes",
          "a consistency proof runs from a size of 1 or more to a size not smaller; asked "
              + size1
              + " to "
              + size2,
          Map.of("size1", size1, "size2", size2));
    }
    List<byte[]> proof = new ArrayList<>();
    subproof((int) size1, 0, (int) size2, true, proof);
    return proof;
  }

  private void checkSize(long size) {
    if (size < 0 || size > leaves.size()) {
      throw new DomainException(
          "transparency.size",
          "the log holds " + leaves.size() + " entries; size " + size + " was asked",
          Map.of("size", size, "logSize", leaves.size()));
    }
  }

  private byte[] hash(int from, int to) {
    int n = to - from;
    if (n == 0) {
      return MerkleHashing.emptyRoot();
    }
    if (n == 1) {
      return leaves.get(from);
    }
    int k = split(n);
    return MerkleHashing.nodeHash(hash(from, from + k), hash(from + k, to));
  }

  private void path(int m, int from, int to, List<byte[]> proof) {
    int n = to - from;
    if (n <= 1) {
      return;
    }
    int k = split(n);
    if (m < k) {
      path(m, from, from + k, proof);
      proof.add(hash(from + k, to));
    } else {
      path(m - k, from + k, to, proof);
      proof.add(hash(from, from + k));
    }
  }

  private void subproof(int m, int from, int to, boolean complete, List<byte[]> proof) {
    int n = to - from;
    if (m == n) {
      if (!complete) {
        proof.add(hash(from, to));
      }
      return;
    }
    int k = split(n);
    if (m <= k) {
      subproof(m, from, from + k, complete, proof);
      proof.add(hash(from + k, to));
    } else {
      subproof(m - k, from + k, to, false, proof);
      proof.add(hash(from, from + k));
    }
  }

  /** The largest power of two smaller than n (n ≥ 2). */
  private static int split(int n) {
    return Integer.highestOneBit(n - 1);
  }
}
