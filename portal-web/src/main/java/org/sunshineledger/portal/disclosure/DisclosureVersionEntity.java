package org.sunshineledger.portal.disclosure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One published version: its canonical text exactly as hashed into the transparency log, the leaf's
 * index and hash. Rows are inserted once and never updated — and never served from the shared
 * cache, so that a re-verification reads what the database holds now, not what was written.
 */
@Entity
@Cacheable(false)
@Table(name = "disclosure_version")
class DisclosureVersionEntity {
  @Id
  @SequenceGenerator(
      name = "disclosure_version_seq",
      sequenceName = "disclosure_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_version_seq")
  private long id;

  @Column(name = "disclosure_id", nullable = false, updatable = false)
  private long disclosureId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "leaf_index", nullable = false, updatable = false)
  private long leafIndex;

  @Column(name = "leaf_hash", nullable = false, updatable = false)
  private String leafHash;

  @Column(nullable = false, updatable = false)
  private String canonical;

  @Column(name = "published_at", nullable = false, updatable = false)
  private OffsetDateTime publishedAt;

  /** For JPA. */
  protected DisclosureVersionEntity() {}

  /**
   * A version as published.
   *
   * @param disclosureId the disclosure
   * @param number the version
   * @param leafIndex its index in the log
   * @param leafHash its leaf hash, hex
   * @param canonical its canonical JSON
   * @param publishedAt when
   */
  public DisclosureVersionEntity(
      long disclosureId,
      int number,
      long leafIndex,
      String leafHash,
      String canonical,
      OffsetDateTime publishedAt) {
    this.disclosureId = disclosureId;
    this.number = number;
    this.leafIndex = leafIndex;
    this.leafHash = leafHash;
    this.canonical = canonical;
    this.publishedAt = publishedAt;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the disclosure.
   *
   * @return its id
   */
  public long disclosureId() {
    return disclosureId;
  }

  /**
   * Returns the version number.
   *
   * @return from 1
   */
  public int number() {
    return number;
  }

  /**
   * Returns the index in the log.
   *
   * @return from 0
   */
  public long leafIndex() {
    return leafIndex;
  }

  /**
   * Returns the leaf hash as stored.
   *
   * @return hex
   */
  public String leafHash() {
    return leafHash;
  }

  /**
   * Returns the canonical text as stored.
   *
   * @return the JSON
   */
  public String canonical() {
    return canonical;
  }

  /**
   * Returns when it was published.
   *
   * @return the instant
   */
  public OffsetDateTime publishedAt() {
    return publishedAt;
  }
}
