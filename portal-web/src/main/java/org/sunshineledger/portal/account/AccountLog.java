package org.sunshineledger.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;

/**
 * The append-only account log: who did what to whom, when, from which address. A line is written in
 * the transaction of the action it records, so an action that fails leaves no line, and a line is
 * never changed or removed.
 */
@ApplicationScoped
class AccountLog {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  /**
   * Appends a line.
   *
   * @param actor who did it, null for someone not signed in
   * @param action what
   * @param subject the account it was done to
   * @param address the address the request came from
   * @param detail what else to know, null for nothing
   */
  @Transactional
  void append(String actor, AccountAction action, String subject, String address, String detail) {
    em.persist(
        new AccountLogEntity(
            OffsetDateTime.now(ZoneOffset.UTC),
            actor,
            action,
            subject,
            address == null ? null : cut(address, 64),
            detail == null ? null : cut(detail, 200)));
  }

  /**
   * A page of the log, newest first.
   *
   * @param subject only the lines about this account, or null for all
   * @param request the page
   * @return the page
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  Page<AccountViews.LogEntry> page(String subject, PageRequest request) {
    String where = subject == null ? "" : " WHERE l.subject = :subject";
    var count = em.createQuery("SELECT COUNT(l) FROM AccountLogEntity l" + where, Long.class);
    var lines =
        em.createQuery(
                "SELECT l FROM AccountLogEntity l" + where + " ORDER BY l.id DESC",
                AccountLogEntity.class)
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size());
    if (subject != null) {
      count.setParameter("subject", subject);
      lines.setParameter("subject", subject);
    }
    return new Page<>(
        lines.getResultList().stream().map(AccountLogEntity::toView).toList(),
        request.page(),
        request.size(),
        count.getSingleResult());
  }

  /**
   * The whole log as a table, for the CSV and XLSX downloads.
   *
   * @return the table, oldest first
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  Table table() {
    List<List<Object>> rows = new ArrayList<>();
    em.createQuery("SELECT l FROM AccountLogEntity l ORDER BY l.id", AccountLogEntity.class)
        .getResultStream()
        .map(AccountLogEntity::toView)
        .forEach(
            l ->
                rows.add(
                    List.<Object>of(
                        l.at().toString(),
                        Objects.toString(l.actor(), ""),
                        l.action().name(),
                        Objects.toString(l.subject(), ""),
                        Objects.toString(l.address(), ""),
                        Objects.toString(l.detail(), ""))));
    return new Table("account-log", List.of("时间", "操作人", "操作", "账号", "地址", "说明"), rows);
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
