package org.sunshineledger.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sunshineledger.disclosure.Checkpoint;
import org.sunshineledger.disclosure.CheckpointSigner;
import org.sunshineledger.disclosure.MerkleHashing;
import org.sunshineledger.disclosure.MerkleLog;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.database.DatabaseSettings;

/**
 * The portal's transparency log: every published disclosure version's leaf hash at the index the
 * database handed out (the one-row {@code transparency_head}, locked by each publication), a copy
 * of the log in memory for proofs, and checkpoints signed with an Ed25519 key kept in the data
 * folder — not in the database, so that whoever can change the database cannot re-sign its root.
 */
@ApplicationScoped
public class TransparencyLog {
  /** The log's origin, the first line of every checkpoint. */
  public static final String ORIGIN = "sunshine-ledger.yicheng/disclosures";

  private static final Logger LOG = Logger.getLogger(TransparencyLog.class.getName());
  private static final HexFormat HEX = HexFormat.of();

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  private final MerkleLog cache = new MerkleLog();
  private CheckpointSigner signer;

  /**
   * A signed checkpoint as published.
   *
   * @param checkpoint the checkpoint
   * @param note the signed note
   * @param verifierKey the key that verifies it
   */
  public record SignedCheckpoint(Checkpoint checkpoint, String note, String verifierKey) {}

  /**
   * What a re-verification of every stored version found.
   *
   * @param size the log's size in memory
   * @param checkpointSize the size of the latest signed checkpoint
   * @param rootMatchesCheckpoint whether the stored leaves still give the checkpoint's root
   * @param checked the versions checked
   * @param altered the versions whose stored text or hash no longer match the log, as {@code
   *     disclosure/version}
   */
  public record Audit(
      long size,
      long checkpointSize,
      boolean rootMatchesCheckpoint,
      int checked,
      List<String> altered) {
    /**
     * Whether everything held.
     *
     * @return true when nothing was altered
     */
    public boolean intact() {
      return rootMatchesCheckpoint && altered.isEmpty();
    }
  }

  /**
   * Loads the log, checks it against its latest checkpoint and signs the current size. Called at
   * start.
   */
  @Transactional
  public void start() {
    Audit audit = audit();
    if (!audit.intact()) {
      LOG.severe(
          () ->
              "transparency log does not match its records: root matches checkpoint "
                  + audit.rootMatchesCheckpoint()
                  + ", altered "
                  + audit.altered());
    }
    checkpoint();
  }

  /**
   * Hands out the next leaf index, inside the caller's transaction: the head row stays locked until
   * it commits, so indexes are given one at a time and none is given twice.
   *
   * @return the index
   */
  long reserveIndex() {
    Number size =
        (Number)
            em.createNativeQuery("SELECT size FROM transparency_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    em.createNativeQuery("UPDATE transparency_head SET size = size + 1 WHERE id = 1")
        .executeUpdate();
    return size.longValue();
  }

  /**
   * The latest checkpoint, signed now if the log grew since the last one.
   *
   * @return the signed checkpoint
   */
  @Transactional
  public synchronized SignedCheckpoint checkpoint() {
    refresh();
    long size = cache.size();
    List<?> stored =
        em.createNativeQuery("SELECT note FROM transparency_checkpoint WHERE size = ?1")
            .setParameter(1, size)
            .getResultList();
    String note;
    if (stored.isEmpty()) {
      byte[] root = cache.root();
      note = signer().sign(new Checkpoint(ORIGIN, size, root));
      em.createNativeQuery(
              "INSERT INTO transparency_checkpoint (size, root, note, signed_at)"
                  + " SELECT ?1, ?2, ?3, ?4 FROM transparency_head WHERE id = 1"
                  + " AND NOT EXISTS (SELECT 1 FROM transparency_checkpoint WHERE size = ?1)")
          .setParameter(1, size)
          .setParameter(2, HEX.formatHex(root))
          .setParameter(3, note)
          .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC))
          .executeUpdate();
    } else {
      note = (String) stored.get(0);
    }
    return new SignedCheckpoint(
        CheckpointSigner.open(note, signer().verifierKey()), note, signer().verifierKey());
  }

  /**
   * The inclusion proof of a version in the tree of a checkpointed size.
   *
   * @param leafIndex the version's index
   * @param size the tree size, or null for the latest checkpoint's
   * @return the proof and the checkpoint it leads to
   */
  @Transactional
  public synchronized InclusionProof inclusion(long leafIndex, Long size) {
    SignedCheckpoint latest = checkpoint();
    long treeSize = size == null ? latest.checkpoint().size() : size;
    requireSize("size", treeSize, 1, latest.checkpoint().size());
    if (leafIndex >= treeSize) {
      throw new DomainException(
          "transparency.not-yet-included",
          "entry "
              + leafIndex
              + " was appended after the tree of size "
              + treeSize
              + "; ask with a larger size",
          Map.of("leafIndex", leafIndex, "size", treeSize));
    }
    return new InclusionProof(
        leafIndex,
        treeSize,
        cache.leafHash(leafIndex),
        cache.inclusionProof(leafIndex, treeSize),
        cache.root(treeSize),
        latest);
  }

  /**
   * The consistency proof between two sizes.
   *
   * @param from the older size, from 1
   * @param to the newer size, or null for the latest checkpoint's
   * @return the proof
   */
  @Transactional
  public synchronized ConsistencyProof consistency(long from, Long to) {
    SignedCheckpoint latest = checkpoint();
    long newer = to == null ? latest.checkpoint().size() : to;
    requireSize("to", newer, 1, latest.checkpoint().size());
    requireSize("from", from, 1, newer);
    return new ConsistencyProof(
        from, newer, cache.root(from), cache.root(newer), cache.consistencyProof(from, newer));
  }

  /**
   * An inclusion proof.
   *
   * @param leafIndex the entry
   * @param treeSize the tree
   * @param leafHash the entry's leaf hash as the log holds it
   * @param proof the audit path
   * @param root the tree's root
   * @param checkpoint the latest signed checkpoint
   */
  public record InclusionProof(
      long leafIndex,
      long treeSize,
      byte[] leafHash,
      List<byte[]> proof,
      byte[] root,
      SignedCheckpoint checkpoint) {}

  /**
   * A consistency proof.
   *
   * @param from the older size
   * @param to the newer size
   * @param fromRoot the older root
   * @param toRoot the newer root
   * @param proof the proof
   */
  public record ConsistencyProof(
      long from, long to, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {}

  /**
   * Whether a stored version still hashes to the leaf the log holds at its index.
   *
   * @param version the stored version
   * @return true while unaltered; false when altered or not yet in the log
   */
  public synchronized boolean intact(DisclosureVersionEntity version) {
    refresh();
    return version.leafIndex() < cache.size()
        && java.security.MessageDigest.isEqual(
            cache.leafHash(version.leafIndex()),
            MerkleHashing.leafHash(version.canonical().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Re-verifies every stored version against the log, and the stored leaves against the latest
   * signed checkpoint.
   *
   * @return what was found
   */
  @Transactional
  public synchronized Audit audit() {
    refresh();
    List<String> altered = new ArrayList<>();
    List<DisclosureVersionEntity> versions =
        em.createQuery(
                "SELECT v FROM DisclosureVersionEntity v ORDER BY v.leafIndex",
                DisclosureVersionEntity.class)
            .getResultList();
    MerkleLog stored = new MerkleLog();
    for (DisclosureVersionEntity v : versions) {
      byte[] recomputed = MerkleHashing.leafHash(v.canonical().getBytes(StandardCharsets.UTF_8));
      boolean matchesLog =
          v.leafIndex() < cache.size()
              && java.security.MessageDigest.isEqual(cache.leafHash(v.leafIndex()), recomputed);
      if (!matchesLog || !HEX.formatHex(recomputed).equals(v.leafHash())) {
        altered.add(v.disclosureId() + "/" + v.number());
      }
      if (v.leafIndex() == stored.size()) {
        stored.appendLeafHash(HEX.parseHex(v.leafHash()));
      }
    }
    List<?> last =
        em.createNativeQuery("SELECT size, note FROM transparency_checkpoint ORDER BY size DESC")
            .setMaxResults(1)
            .getResultList();
    long checkpointSize = 0;
    boolean rootMatches = true;
    if (!last.isEmpty()) {
      Object[] row = (Object[]) last.get(0);
      checkpointSize = ((Number) row[0]).longValue();
      try {
        Checkpoint signed = CheckpointSigner.open((String) row[1], signer().verifierKey());
        rootMatches =
            signed.size() <= stored.size()
                && java.security.MessageDigest.isEqual(signed.root(), stored.root(signed.size()));
      } catch (DomainException e) {
        LOG.log(Level.WARNING, "latest checkpoint does not verify", e);
        rootMatches = false;
      }
    }
    return new Audit(cache.size(), checkpointSize, rootMatches, versions.size(), altered);
  }

  /** Appends the committed leaves the memory copy lacks, in index order, stopping at a gap. */
  private void refresh() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT leaf_index, leaf_hash FROM disclosure_version WHERE leaf_index >= ?1"
                    + " ORDER BY leaf_index")
            .setParameter(1, cache.size())
            .getResultList();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      if (((Number) cells[0]).longValue() != cache.size()) {
        break;
      }
      cache.appendLeafHash(HEX.parseHex((String) cells[1]));
    }
  }

  private static void requireSize(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new DomainException(
          "transparency.size",
          "'" + field + "' is between " + min + " and " + max + "; it was " + value,
          Map.of("field", field, "minimum", min, "maximum", max, "given", value));
    }
  }

  private CheckpointSigner signer() {
    if (signer == null) {
      signer = new CheckpointSigner(ORIGIN, loadOrCreateKey());
    }
    return signer;
  }

  private static KeyPair loadOrCreateKey() {
    Path file =
        DatabaseSettings.current().dataDirectory().resolve("transparency").resolve("ed25519.key");
    try {
      if (Files.isRegularFile(file)) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        return new KeyPair(
            factory.generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))),
            factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))));
      }
      KeyPair keys = CheckpointSigner.newKeyPair();
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())
              + "\n"
              + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())
              + "\n",
          StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        LOG.warning("cannot restrict the checkpoint key's file permissions on this file system");
      }
      LOG.info(() -> "created the transparency log's signing key at " + file);
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the signing key at " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the signing key at " + file + " is not an Ed25519 key", e);
    }
  }
}
