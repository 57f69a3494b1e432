package org.sunshineledger.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A line of the account log: written once, never changed (no column is updatable). */
@Entity
@Table(name = "account_log")
class AccountLogEntity {
  @Id
  @SequenceGenerator(
      name = "account_log_seq",
      sequenceName = "account_log_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_log_seq")
  private long id;

  @Column(name = "happened_at", nullable = false, updatable = false)
  private OffsetDateTime happenedAt;

  @Column(updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AccountAction action;

  @Column(updatable = false)
  private String subject;

  @Column(updatable = false)
  private String address;

  @Column(updatable = false)
  private String detail;

  protected AccountLogEntity() {}

  AccountLogEntity(
      OffsetDateTime happenedAt,
      String actor,
      AccountAction action,
      String subject,
      String address,
      String detail) {
    this.happenedAt = happenedAt;
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.address = address;
    this.detail = detail;
  }

  AccountViews.LogEntry toView() {
    return new AccountViews.LogEntry(id, happenedAt, actor, action, subject, address, detail);
  }
}
