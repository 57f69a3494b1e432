package org.sunshineledger.portal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.sunshineledger.disclosure.DisclosureKind;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.Publisher;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * The persistence model of a {@link org.sunshineledger.disclosure.Disclosure}'s head: what it is,
 * who publishes it, its draft, and the current version's title and window for lists. The published
 * versions are rows of their own ({@link DisclosureVersionEntity}) that are never updated.
 */
@Entity
@Table(name = "disclosure")
public class DisclosureEntity {
  @Id
  @SequenceGenerator(name = "disclosure_seq", sequenceName = "disclosure_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_seq")
  private long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DisclosureKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DisclosureLevel level;

  @Column(name = "township_id")
  private Long townshipId;

  @Column(name = "village_id")
  private Long villageId;

  @Column(name = "publisher_name", nullable = false)
  private String publisherName;

  private String subject;

  @Column(name = "due_date")
  private LocalDate dueDate;

  private String draft;

  @Column(nullable = false)
  private String title;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "window_start")
  private LocalDate windowStart;

  @Column(name = "window_end")
  private LocalDate windowEnd;

  @Column(nullable = false)
  private boolean archived;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  /** For JPA. */
  protected DisclosureEntity() {}

  /**
   * A new draft's head.
   *
   * @param kind the kind
   * @param publisher the publisher
   * @param subject the obligation's subject, or null
   * @param dueDate the due date, or null
   * @param title the draft's title
   * @param draft the draft content as JSON
   * @param createdBy who
   * @param createdAt when
   */
  public DisclosureEntity(
      DisclosureKind kind,
      Publisher publisher,
      String subject,
      LocalDate dueDate,
      String title,
      String draft,
      String createdBy,
      OffsetDateTime createdAt) {
    this.kind = kind;
    this.level = publisher.level();
    this.townshipId = publisher.township() == null ? null : publisher.township().value();
    this.villageId = publisher.village() == null ? null : publisher.village().value();
    this.publisherName = publisher.name();
    this.subject = subject;
    this.dueDate = dueDate;
    this.title = title;
    this.draft = draft;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * Records the draft's new content.
   *
   * @param newTitle its title
   * @param json the content as JSON
   */
  public void draft(String newTitle, String json) {
    this.title = newTitle;
    this.draft = json;
  }

  /**
   * Records a newly published version as the current one.
   *
   * @param number the version
   * @param newTitle its title
   * @param start the window's first day
   * @param end its last day
   */
  public void published(int number, String newTitle, LocalDate start, LocalDate end) {
    this.currentVersion = number;
    this.title = newTitle;
    this.windowStart = start;
    this.windowEnd = end;
    this.draft = null;
  }

  /** Archives it. */
  public void archive() {
    this.archived = true;
  }

  /**
   * Returns the publisher.
   *
   * @return the publisher
   */
  public Publisher publisher() {
    return new Publisher(
        level,
        townshipId == null ? null : new TownshipId(townshipId),
        villageId == null ? null : new VillageId(villageId),
        publisherName);
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
   * Returns the kind.
   *
   * @return the kind
   */
  public DisclosureKind kind() {
    return kind;
  }

  /**
   * Returns the level.
   *
   * @return the level
   */
  public DisclosureLevel level() {
    return level;
  }

  /**
   * Returns the township.
   *
   * @return the township's id, or null for the district
   */
  public Long townshipId() {
    return townshipId;
  }

  /**
   * Returns the village.
   *
   * @return the village's id, or null above village level
   */
  public Long villageId() {
    return villageId;
  }

  /**
   * Returns the subject.
   *
   * @return the obligation's subject, or null
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the due date.
   *
   * @return the due date, or null
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Returns the draft.
   *
   * @return the draft JSON, or null once published
   */
  public String draft() {
    return draft;
  }

  /**
   * Returns the current title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the current version.
   *
   * @return the number, 0 for a draft
   */
  public int currentVersion() {
    return currentVersion;
  }

  /**
   * Returns the window's first day.
   *
   * @return the day, or null for a draft
   */
  public LocalDate windowStart() {
    return windowStart;
  }

  /**
   * Returns the window's last day.
   *
   * @return the day, or null for a draft
   */
  public LocalDate windowEnd() {
    return windowEnd;
  }

  /**
   * Whether archived.
   *
   * @return true once archived
   */
  public boolean archived() {
    return archived;
  }

  /**
   * Returns the optimistic version.
   *
   * @return the version
   */
  public long version() {
    return version;
  }
}
