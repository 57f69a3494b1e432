package org.sunshineledger.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;

/**
 * Known answers for the transparency log, from the worked example of RFC 6962 §2.1.3 (the tree of
 * seven leaves d0…d6, as the C2SP and RFC 9162 texts draw it) and the leaf data of Certificate
 * Transparency's reference tests.
 */
class MerkleLogTest {
  private static final HexFormat HEX = HexFormat.of();

  /** The eight leaf inputs used by RFC 6962's reference implementation tests. */
  private static final String[] LEAVES = {
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f"
  };

  private static MerkleLog log(int size) {
    MerkleLog log = new MerkleLog();
    for (int i = 0; i < size; i++) {
      log.append(HEX.parseHex(LEAVES[i]));
    }
    return log;
  }

  @Test
  void the_empty_tree_has_the_hash_of_nothing_as_root() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        HEX.formatHex(new MerkleLog().root()));
  }

  @Test
  void roots_of_the_reference_tree_are_the_known_answers() {
    String[] roots = {
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    };
    MerkleLog log = log(8);
    for (int size = 1; size <= 8; size++) {
      assertEquals(roots[size - 1], HEX.formatHex(log.root(size)), "root of size " + size);
    }
  }

  @Test
  void audit_paths_of_the_seven_leaf_example_are_those_the_rfc_draws() {
    MerkleLog log = log(7);
    byte[] a = log.leafHash(0), b = log.leafHash(1), c = log.leafHash(2), d = log.leafHash(3);
    byte[] e = log.leafHash(4), f = log.leafHash(5), j = log.leafHash(6);
    byte[] g = MerkleHashing.nodeHash(a, b), h = MerkleHashing.nodeHash(c, d);
    byte[] i = MerkleHashing.nodeHash(e, f);
    byte[] k = MerkleHashing.nodeHash(g, h), l = MerkleHashing.nodeHash(i, j);
    assertPath(List.of(b, h, l), log.inclusionProof(0, 7)); // d0: [b, h, l]
    assertPath(List.of(c, g, l), log.inclusionProof(3, 7)); // d3: [c, g, l]
    assertPath(List.of(f, j, k), log.inclusionProof(4, 7)); // d4: [f, j, k]
    assertPath(List.of(i, k), log.inclusionProof(6, 7)); // d6: [i, k]
    assertPath(List.of(c, d, g, l), log.consistencyProof(3, 7)); // hash0 (3) → hash (7)
    assertPath(List.of(l), log.consistencyProof(4, 7)); // hash1 (4) → hash (7)
    assertPath(List.of(i, j, k), log.consistencyProof(6, 7)); // hash2 (6) → hash (7)
  }

  @Property(tries = 60)
  void every_proof_the_log_gives_is_accepted_by_the_verifier(
      @ForAll @IntRange(min = 1, max = 70) int size,
      @ForAll @IntRange(min = 0, max = 69) int a,
      @ForAll @IntRange(min = 1, max = 70) int b) {
    MerkleLog log = new MerkleLog();
    for (int n = 0; n < size; n++) {
      log.append(("entry " + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    int index = a % size;
    MerkleProofs.verifyInclusion(
        index, size, log.leafHash(index), log.inclusionProof(index, size), log.root(size));
    int older = 1 + (b - 1) % size;
    MerkleProofs.verifyConsistency(
        older, size, log.consistencyProof(older, size), log.root(older), log.root(size));
  }

  @Test
  void a_changed_entry_breaks_the_proof_of_inclusion() {
    MerkleLog log = log(8);
    List<byte[]> proof = log.inclusionProof(5, 8);
    byte[] forged = MerkleHashing.leafHash(HEX.parseHex("40414244"));
    DomainException refused =
        assertThrows(
            ProofException.class,
            () -> MerkleProofs.verifyInclusion(5, 8, forged, proof, log.root()));
    assertEquals("transparency.proof", refused.rule());
  }

  @Test
  void a_signed_checkpoint_opens_with_its_verifier_key_and_no_other() {
    CheckpointSigner signer =
        new CheckpointSigner("sunshine-ledger.test/log", CheckpointSigner.newKeyPair());
    Checkpoint checkpoint = new Checkpoint("sunshine-ledger.test/log", 8, log(8).root());
    String note = signer.sign(checkpoint);
    assertEquals(checkpoint, CheckpointSigner.open(note, signer.verifierKey()));
    String other =
        new CheckpointSigner("sunshine-ledger.test/log", CheckpointSigner.newKeyPair())
            .verifierKey();
    assertThrows(DomainException.class, () -> CheckpointSigner.open(note, other));
    String tampered = note.replaceFirst("\n8\n", "\n9\n");
    assertThrows(
        DomainException.class, () -> CheckpointSigner.open(tampered, signer.verifierKey()));
  }

  private static void assertPath(List<byte[]> expected, List<byte[]> actual) {
    assertEquals(expected.size(), actual.size());
    for (int n = 0; n < expected.size(); n++) {
      assertArrayEquals(expected.get(n), actual.get(n), "hash " + n);
    }
  }
}
