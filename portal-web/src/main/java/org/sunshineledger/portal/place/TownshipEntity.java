package org.sunshineledger.portal.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sunshineledger.region.DivisionCode;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.TownshipKind;

/** The persistence model of a {@link Township}. */
@Entity
@Table(name = "township")
class TownshipEntity {
  @Id private long id;

  @Column(name = "division_code", nullable = false)
  private String divisionCode;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TownshipKind kind;

  @Column(nullable = false)
  private boolean focus;

  @Version private long version;

  protected TownshipEntity() {}

  /**
   * The persistence model of a township.
   *
   * @param township the domain township
   */
  public TownshipEntity(Township township) {
    this.id = township.id().value();
    this.divisionCode = township.divisionCode().value();
    this.name = township.name();
    this.kind = township.kind();
    this.focus = township.focus();
  }

  /**
   * Returns the domain model.
   *
   * @return the township
   */
  public Township toDomain() {
    return new Township(new TownshipId(id), new DivisionCode(divisionCode), name, kind, focus);
  }
}
