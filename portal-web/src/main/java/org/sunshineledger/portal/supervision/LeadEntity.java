package org.sunshineledger.portal.supervision;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.supervision.Finding;
import org.sunshineledger.supervision.Lead;
import org.sunshineledger.supervision.LeadEvent;
import org.sunshineledger.supervision.LeadId;
import org.sunshineledger.supervision.LeadStatus;

/** A lead as stored: its finding, where it stands, and its history appended row by row. */
@Entity
@Table(name = "lead")
class LeadEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_seq")
  @SequenceGenerator(name = "lead_seq", sequenceName = "lead_seq", allocationSize = 50)
  private long id;

  @Column(nullable = false, length = 80)
  private String rule;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(name = "township_id")
  private Long townshipId;

  @Column(name = "village_id")
  private Long villageId;

  @Column(nullable = false, length = 4000)
  private String figures;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LeadStatus status;

  private LocalDate deadline;

  @Column(name = "opened_at", nullable = false)
  private OffsetDateTime openedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lead_event", joinColumns = @JoinColumn(name = "lead_id"))
  @OrderColumn(name = "position")
  private List<EventRow> history = new ArrayList<>();

  @Version private long version;

  /** For JPA. */
  protected LeadEntity() {}

  /**
   * A lead to be opened on a finding; its id comes from the sequence when persisted.
   *
   * @param finding what was found
   * @param by the rule or the channel
   * @param at when
   */
  LeadEntity(Finding finding, String by, Instant at) {
    this.rule = finding.rule();
    this.subject = finding.subject();
    this.townshipId = finding.township().map(TownshipId::value).orElse(null);
    this.villageId = finding.village().map(VillageId::value).orElse(null);
    this.figures = encode(finding.figures());
    this.status = LeadStatus.PENDING;
    this.openedAt = at.atOffset(ZoneOffset.UTC);
    this.history.add(new EventRow(null, LeadStatus.PENDING, by, openedAt, "", null));
  }

  /**
   * The lead, with its history.
   *
   * @return the domain lead
   */
  Lead toDomain() {
    return Lead.restore(
        new LeadId(id),
        finding(),
        history.stream()
            .map(
                e ->
                    new LeadEvent(
                        Optional.ofNullable(e.from),
                        e.to,
                        e.by,
                        e.at.toInstant(),
                        e.note,
                        Optional.ofNullable(e.deadline)))
            .toList());
  }

  /**
   * What was found, its figures as the texts stored.
   *
   * @return the finding
   */
  Finding finding() {
    return new Finding(
        rule,
        subject,
        Optional.ofNullable(townshipId).map(TownshipId::new),
        Optional.ofNullable(villageId).map(VillageId::new),
        decode(figures));
  }

  /**
   * Appends the moves the lead made since it was read.
   *
   * @param lead the lead after its commands
   */
  void apply(Lead lead) {
    List<LeadEvent> events = lead.history();
    for (LeadEvent e : events.subList(history.size(), events.size())) {
      history.add(
          new EventRow(
              e.from().orElse(null),
              e.to(),
              e.by(),
              e.at().atOffset(ZoneOffset.UTC),
              e.note(),
              e.deadline().orElse(null)));
    }
    status = lead.status();
    deadline = lead.deadline().orElse(null);
  }

  long id() {
    return id;
  }

  String rule() {
    return rule;
  }

  String subject() {
    return subject;
  }

  Long townshipId() {
    return townshipId;
  }

  Long villageId() {
    return villageId;
  }

  LeadStatus status() {
    return status;
  }

  LocalDate deadline() {
    return deadline;
  }

  OffsetDateTime openedAt() {
    return openedAt;
  }

  long version() {
    return version;
  }

  private static String encode(Map<String, Object> figures) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    figures.forEach((name, value) -> json.add(name, String.valueOf(value)));
    return json.build().toString();
  }

  private static Map<String, Object> decode(String figures) {
    Map<String, Object> decoded = new LinkedHashMap<>();
    try (var reader = Json.createReader(new StringReader(figures))) {
      JsonObject json = reader.readObject();
      json.forEach((name, value) -> decoded.put(name, ((JsonString) value).getString()));
    }
    return decoded;
  }

  /** One move of the history. */
  @Embeddable
  public static class EventRow {
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    LeadStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    LeadStatus to;

    @Column(name = "moved_by", nullable = false, length = 80)
    String by;

    @Column(name = "moved_at", nullable = false)
    OffsetDateTime at;

    @Column(nullable = false, length = 2000)
    String note;

    LocalDate deadline;

    /** For JPA. */
    protected EventRow() {}

    EventRow(
        LeadStatus from,
        LeadStatus to,
        String by,
        OffsetDateTime at,
        String note,
        LocalDate deadline) {
      this.from = from;
      this.to = to;
      this.by = by;
      this.at = at;
      this.note = note;
      this.deadline = deadline;
    }
  }
}
