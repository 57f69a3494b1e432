package org.sunshineledger.portal.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.database.DatabaseSettings;
import org.sunshineledger.portal.fund.ProjectChanged;
import org.sunshineledger.portal.fund.ProjectDocuments;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.AfterCommit;
import org.sunshineledger.search.ProjectDocument;
import org.sunshineledger.search.ProjectIndex;
import org.sunshineledger.search.ProjectQuery;
import org.sunshineledger.search.ProjectSearch;
import org.sunshineledger.search.ResultPage;

/**
 * Keeps the project index a projection of the database: opened at start under the data folder,
 * rebuilt in the background when it is missing, of an older schema or behind the database; kept in
 * step after every committed project change; committed every few seconds with the database state it
 * reflects; rebuilt on demand by the district admin, with progress.
 */
@ApplicationScoped
public class ProjectSearchService implements ProjectSearch {
  /** The key under which a transaction keeps the projects it changed. */
  private static final Object PENDING = ProjectSearchService.class.getName() + ".pending";

  private static final Logger LOG = Logger.getLogger(ProjectSearchService.class.getName());

  @Inject ProjectDocuments documents;

  @Resource private ManagedScheduledExecutorService scheduler;

  @Resource private TransactionSynchronizationRegistry transactions;

  private volatile ProjectIndex index;
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private final AtomicInteger rebuilt = new AtomicInteger();
  private volatile int rebuildTotal;
  private final AtomicBoolean dirty = new AtomicBoolean();

  /**
   * The state of the index.
   *
   * @param rebuilding whether a rebuild runs
   * @param indexed how many projects the running rebuild has indexed
   * @param total how many it will index
   * @param documents how many projects are searchable
   * @param sourceVersion the database state of the last commit
   */
  public record Status(
      boolean rebuilding, int indexed, int total, int documents, String sourceVersion) {}

  /** Opens the index and rebuilds it in the background if it does not reflect the database. */
  public void start() {
    index =
        ProjectIndex.open(
            DatabaseSettings.current().dataDirectory().resolve("index").resolve("projects"));
    String source = documents.sourceVersion();
    if (index.needsRebuild() || !source.equals(index.sourceVersion())) {
      LOG.info(
          () ->
              "project index "
                  + (index.needsRebuild() ? "missing or of an older schema" : "behind the database")
                  + ": rebuilding");
      rebuildInBackground();
    }
    scheduler.scheduleWithFixedDelay(this::commitIfDirty, 5, 5, TimeUnit.SECONDS);
  }

  /**
   * Notes a project changed by the running transaction; the index follows once it commits, all the
   * transaction's projects at once: an import of ten thousand projects is read back in batches and
   * waited for once, not ten thousand times. A change made outside a transaction is indexed now.
   */
  void onProjectChanged(@Observes ProjectChanged change) {
    if (transactions.getTransactionKey() == null) {
      index(Set.of(change.project()));
      return;
    }
    @SuppressWarnings("unchecked")
    Set<Long> pending = (Set<Long>) transactions.getResource(PENDING);
    if (pending == null) {
      Set<Long> changed = new LinkedHashSet<>();
      transactions.putResource(PENDING, changed);
      AfterCommit.whenCommitted(transactions, () -> index(changed));
      pending = changed;
    }
    pending.add(change.project());
  }

  private void index(Set<Long> changed) {
    ProjectIndex current = index;
    if (current == null) {
      return;
    }
    try {
      Map<Long, ProjectDocument> found = documents.some(changed);
      long generation = -1;
      for (long id : changed) {
        ProjectDocument doc = found.get(id);
        if (doc == null) {
          current.delete(id);
        } else {
          generation = current.upsert(doc);
        }
      }
      if (generation >= 0) {
        // waiting for the generation makes the refresher reopen now (within ~25 ms): the
        // write's response is not sent before the change is searchable
        current.awaitSearchable(generation);
      }
      dirty.set(true);
    } catch (RuntimeException e) {
      // the database is the truth; the next start or rebuild catches the index up
      LOG.log(Level.WARNING, "could not index projects " + changed, e);
    }
  }

  /**
   * Rebuilds the index from the database (district admin), in the background.
   *
   * @param actor who asks
   * @return the status right after starting
   */
  public Status rebuild(Actor actor) {
    requireAdmin(actor, "rebuild the search index");
    rebuildInBackground();
    return status();
  }

  /**
   * The index's status, for the district admin.
   *
   * @param actor who asks
   * @return the status
   */
  public Status status(Actor actor) {
    requireAdmin(actor, "read the search index's status");
    return status();
  }

  private static void requireAdmin(Actor actor, String what) {
    if (actor.role() != Role.DISTRICT_ADMIN) {
      throw new AccessDeniedException(actor.username() + " may not " + what);
    }
  }

  private void rebuildInBackground() {
    if (!rebuilding.compareAndSet(false, true)) {
      return;
    }
    rebuilt.set(0);
    scheduler.submit(
        () -> {
          try {
            String source = documents.sourceVersion();
            List<ProjectDocument> all = documents.all();
            rebuildTotal = all.size();
            int count = index.rebuild(all, source, rebuilt::set);
            LOG.info(() -> "project index rebuilt: " + count + " projects");
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "project index rebuild failed", e);
          } finally {
            rebuilding.set(false);
          }
        });
  }

  private void commitIfDirty() {
    if (dirty.getAndSet(false) && !rebuilding.get()) {
      try {
        index.commit(documents.sourceVersion());
      } catch (RuntimeException e) {
        dirty.set(true);
        LOG.log(Level.WARNING, "could not commit the project index", e);
      }
    }
  }

  /**
   * The index's state.
   *
   * @return the status
   */
  public Status status() {
    return new Status(
        rebuilding.get(),
        rebuilt.get(),
        rebuildTotal,
        index == null ? 0 : index.size(),
        index == null ? "" : index.sourceVersion());
  }

  @Override
  public ResultPage search(ProjectQuery query) {
    return index.search(query);
  }

  @Override
  public List<Suggestion> suggest(String text, int limit) {
    return index.suggest(text, limit);
  }

  @PreDestroy
  void close() {
    if (index != null) {
      index.close();
    }
  }
}
